/**
 * "X or Y for Z" naming two catalog models is a pick between those two, read as their comparison:
 * the one the purpose settles on leads, with its figure (the larger context window for long
 * documents, the only price-less side's catalogued use on a budget), then how the two differ.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const cheap = model({ name: 'Kappa Lite', developer: 'Kappa', access: 'proprietary', categories: ['llm'], context_window: 64000, use_cases: ['high-volume work on a budget'], strengths: ['fast replies'] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, cheap] }));
const ask = (text: string) => guide.ask({ text });

describe('a pick between two named catalog models for a purpose', () => {
  it.each(['alpha 2 pro or beta 1 for our long legal docs?', 'should we use alpha 2 pro or beta 1 for long legal contracts'])('%j weighs the two on the context window', (q) => {
    const answer = ask(q);
    expect(answer.kind).toBe('comparison');
    expect(answer.text).toMatch(/^For long documents, \*\*Beta 1\*\* is the better fit of the two: its context window holds 2M tokens, against 200K for Alpha 2 Pro\./);
  });

  it('names the price-less side its catalog lists for cheap volume work', () => {
    const text = ask('alpha 2 pro or kappa lite for a cheap high volume chatbot?').text;
    expect(text).toContain('For a cheap high volume chatbot, **Kappa Lite** is the better fit of the two: my documents list it for high-volume work on a budget.');
    expect(text).toContain('- **Alpha 2 Pro**: $3.00 input / $15.00 output per 1M tokens');
  });
});
