/**
 * A question that asks for a list or a ranking gets every item (the count said), not one pick: the
 * documents' own list when its heading or lead-in carries the question's qualifiers, every priced
 * model in order for a ranking by price. "Which of them is cheapest?" still asks for one.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { wantedCount } from '../../../src/core/understand/wanted-count.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';
import { coreFixture } from '../fixture-context.js';
import { answerRanking } from '../../../src/core/plans/ranking.js';

const LEADERS = `---
title: Who leads
---
# Who leads

## Leading image models (top image models)

The **leading image models** each win on a different strength:
- Delta Flux (Delta Labs): sticks closest to the prompt.
- Pixel Studio 7 (Pixel Inc): the best-looking pictures.

## Frontier models in early 2025

The frontier models as of early 2025 include Alpha 2 Pro, Beta 1, Omni Open 4 and Zeta Lite.

## Why image outputs differ between models

Run one prompt through two image models and the pictures rarely match. Several factors shape the output.

- Training data: curated datasets give steadier pictures.
- Guidance: how tightly the sampler follows the prompt.
- Fine-tuning: a model tuned on portraits treats light differently.
`;

const priced = [
  model({ name: 'Zeta Lite', developer: 'Zeta', access: 'proprietary', categories: ['llm'], pricing: { input_per_1m: 0.1, output_per_1m: 0.4 } }),
  model({ name: 'Eta Max', developer: 'Eta', access: 'proprietary', categories: ['llm'], pricing: { input_per_1m: 5, output_per_1m: 20 } }),
];
const kb = docsKnowledgeBase({ models: [...CATALOG, ...priced] }, { 'leaders.md': LEADERS });
const guide = createGuide(kb);
const fx = coreFixture(kb);
const ask = (text: string) => guide.ask({ text, history: [] });

describe('how many items a question wants', () => {
  it.each([
    ['rank the models by output price, cheapest first', Infinity],
    ['top image models right now?', Infinity],
    ['which were the frontier models as of early 2025', Infinity],
    ['top 3 models by context window', 3],
    ['which model is cheapest?', undefined],
    ['which of the frontier models is cheapest?', undefined],
    ['which one of these is best for coding', undefined],
  ])('%j wants %s', (question, count) => {
    expect(wantedCount(question)).toBe(count);
  });
});

describe('lists and rankings give every item', () => {
  it('ranks every priced model by the price side asked, cheapest first, with the count', () => {
    const a = ask('rank the models by output price, cheapest first');
    expect(a.text.split('\n')[0]).toBe('The 4 models my documents give an output price for, cheapest first:');
    const order = [...a.text.matchAll(/^\d+\. \*\*([^*]+)\*\*/gm)].map((m) => m[1]);
    expect(order).toEqual(['Zeta Lite', 'Beta 1', 'Alpha 2 Pro', 'Eta Max']);
  });

  it('answers "top N" with N ranked items', () => {
    const a = ask('top 2 models by context window');
    expect([...a.text.matchAll(/^\d+\. \*\*([^*]+)\*\*/gm)].map((m) => m[1])).toEqual(['Beta 1', 'Alpha 2 Pro']);
  });

  it('lists the documents\' own leaders, with the count, when their heading carries the qualifier', () => {
    const a = ask('top image models right now?');
    expect(a.kind).toBe('list');
    expect(a.text.split('\n')[0]).toBe('The two **leading image models** each win on a different strength:');
    expect(a.text).toContain('Delta Flux');
    expect(a.text).toContain('Pixel Studio 7');
    expect(a.text).not.toContain('Gamma Diffusion 3');
  });

  it('quotes a list written as one sentence when it holds every word asked', () => {
    // Read as a ranking (as the real classifier reads it on the default knowledge), not a definition.
    const u = { ...fx.read('which were the frontier models as of early 2025?'), intent: 'ranking' as const };
    const a = answerRanking(fx.plan, u);
    expect(a.kind).toBe('list');
    expect(a.blocks[0]!.text).toBe('The frontier models as of early 2025 include Alpha 2 Pro, Beta 1, Omni Open 4 and Zeta Lite.');
  });

  it('still answers "which one is best" with one pick', () => {
    const a = ask('which model is cheapest?');
    expect(a.text).toMatch(/^\*\*Zeta Lite\*\* \(Zeta\) is the cheapest/);
  });
});

describe('a list written in one sentence after background', () => {
  const CRAFTS = `---
title: Craft notes
---
# Craft notes

## Craft fairs (stalls for handmade goods)
**Craft fairs** are markets where makers sell handmade goods rather than factory stock. Knitting is still the biggest draw and fills the most stalls, but a growing range of crafts now sells there of many kinds. The most common types are pottery stalls, glass stalls, leather stalls and print stalls.
`;
  const crafts = createGuide(docsKnowledgeBase({}, { 'crafts.md': CRAFTS }));

  it('opens on the sentence that lists the items, not on the background before it', () => {
    const a = crafts.ask({ text: 'what kinds of crafts are there at fairs besides knitting', history: [] });
    expect(a).toMatchObject({ kind: 'list', answered: true });
    expect(a.text.startsWith('The most common types are pottery stalls, glass stalls')).toBe(true);
    expect(a.text).not.toContain('biggest draw');
  });
});
