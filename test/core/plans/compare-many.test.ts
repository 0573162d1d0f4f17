/**
 * Three or more catalog models compared on one figure: the lead names the one at the end the
 * question asks for (cheapest first for price) among all of them, never "of the two", and every
 * model's figure follows on its own line in ranked order, with those lacking the figure last.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const kappa = model({ name: 'Kappa Lite', developer: 'Kite Labs', access: 'proprietary', categories: ['llm'], context_window: 64000, pricing: { input_per_1m: 0.1, output_per_1m: 0.4 } });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, kappa] }));
const ask = (text: string) => guide.ask({ text }).text;
const order = (text: string) => [...text.matchAll(/^- \**(Alpha 2 Pro|Beta 1|Kappa Lite|Omni Open 4)/gm)].map((m) => m[1]);

describe('comparison of three or more models on one figure', () => {
  it.each(['compare Alpha 2 Pro, Beta 1 and Kappa Lite on price', 'Beta 1, Alpha 2 Pro or Kappa Lite: which costs least?', 'which is cheapest: Alpha 2 Pro, Kappa Lite or Beta 1?'])('%j ranks all three, cheapest first', (q) => {
    const text = ask(q);
    expect(text).toMatch(/^\*\*Kappa Lite\*\* has the lowest price of the three\./);
    expect(text).not.toMatch(/of the two/);
    expect(order(text)).toEqual(['Kappa Lite', 'Beta 1', 'Alpha 2 Pro']);
  });

  it('leads with the end the question asks for', () => {
    const text = ask('which is priciest: Kappa Lite, Beta 1 or Alpha 2 Pro?');
    expect(text).toMatch(/^\*\*Alpha 2 Pro\*\* has the highest price of the three\./);
    expect(order(text)).toEqual(['Alpha 2 Pro', 'Beta 1', 'Kappa Lite']);
  });

  it('ranks context windows the same way, largest first', () => {
    const text = ask('compare Kappa Lite, Alpha 2 Pro and Beta 1 context windows');
    expect(text).toMatch(/^\*\*Beta 1\*\* has the largest context window of the three\./);
    expect(order(text)).toEqual(['Beta 1', 'Alpha 2 Pro', 'Kappa Lite']);
  });

  it('does not count a model without the figure in the ranking, and lists it last', () => {
    const text = ask('compare Omni Open 4, Alpha 2 Pro and Beta 1 on price');
    expect(text).toMatch(/^\*\*Beta 1\*\* has the lowest price of the ones my documents give a figure for\./);
    expect(order(text)).toEqual(['Beta 1', 'Alpha 2 Pro', 'Omni Open 4']);
  });

  it('ranks a chain of "vs" sides and four or more models in full', () => {
    expect(order(ask('Alpha 2 Pro vs Kappa Lite vs Beta 1 on price'))).toEqual(['Kappa Lite', 'Beta 1', 'Alpha 2 Pro']);
    const text = ask('compare Alpha 2 Pro, Omni Open 4, Beta 1 and Kappa Lite context windows');
    expect(text).toMatch(/^\*\*Beta 1\*\* has the largest context window of the four\./);
    expect(order(text)).toEqual(['Beta 1', 'Alpha 2 Pro', 'Omni Open 4', 'Kappa Lite']);
  });

  it('keeps "of the two" for a pair', () => {
    expect(ask('compare Alpha 2 Pro and Kappa Lite on price')).toMatch(/^\*\*Kappa Lite\*\* has the cheaper price of the two/);
  });
});
