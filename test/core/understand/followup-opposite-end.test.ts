/**
 * "And the most expensive?" after a question for the cheapest: the same ranking (attribute, pool,
 * needs) read from its other end, answered over the pool the first question ranked rather than the
 * few models its answer happened to name.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { model } from '../fixture-kb.js';
import { coreFixture } from '../fixture-context.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

// A third frontier model, between the two on price, so a ranking of the whole pool has a middle.
const kb = docsKnowledgeBase({ models: [...CATALOG, model({ name: 'Zeta 5', developer: 'Zeta', access: 'proprietary', categories: ['llm'], frontier: true, context_window: 400000, pricing: { input_per_1m: 2, output_per_1m: 8 } })] });
const f = coreFixture(kb);
const guide = createGuide(kb);
const ask = (text: string, history: string[]) => guide.ask({ text, history });

describe('follow-up: the other end of the previous ranking', () => {
  it.each([
    ['which frontier model is cheapest?', 'and the most expensive?', 'pricing', 'max'],
    ['which frontier model is cheapest?', 'what about the priciest one', 'pricing', 'max'],
    ['which model has the largest context window?', 'and the smallest?', 'context_window', 'min'],
    ['which model has the longest context?', 'what about the shortest one?', 'context_window', 'min'],
  ] as const)('after %j, %j ranks the same attribute the other way', (before, now, attribute, direction) => {
    const u = f.read(now, [before]);
    expect(u.intent).toBe('ranking');
    expect(u.oppositeEnd).toBe(true);
    expect(u.attribute).toBe(attribute);
    expect(u.superlative).toBe(direction);
  });

  it('keeps the need the first question stated (frontier) but drops the wish for low cost', () => {
    const u = f.read('and the costliest?', ['cheapest frontier model?']);
    expect(u.constraints.frontier).toBe(true);
    expect(u.constraints.budget).toBe(false);
  });

  it('answers with the model at the other end, its figure and unit', () => {
    const a = ask('and the most expensive?', ['which frontier model is cheapest?']);
    expect(a.text).toMatch(/^\*\*Alpha 2 Pro\*\* \(Acme\) is the most expensive: \*\*\$3\.00 input \/ \$15\.00 output per 1M tokens\*\*/);
  });

  it('ranks the whole pool, not only the models the first answer named', () => {
    const a = ask('and the smallest?', ['which model has the largest context window?']);
    expect(a.text).toMatch(/^\*\*Omni Open 4\*\* \(Commons AI\) has the smallest context window: \*\*128K/);
  });
});
