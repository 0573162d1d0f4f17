/**
 * "Put A, B and C in order of output price", "A vs B vs C, from cheapest": a request to order three or
 * more named models on a figure is a ranking of all of them, not a two-way comparison or each
 * figure stated unranked.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { asksOrder } from '../../../src/core/understand/attributes.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const CIRRUS = model({ name: 'Cirrus 2', developer: 'Cloud Nine', access: 'proprietary', categories: ['llm'], context_window: 64000, pricing: { input_per_1m: 2, output_per_1m: 8 }, stats: [{ label: 'enterprise API share', value: '30%' }], benchmarks: [{ name: 'AIME 2025', score: '88%' }] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, CIRRUS] }));
const ask = (text: string) => guide.ask({ text, history: [] });
const order = (text: string) => [...text.matchAll(/^\d+\. \*\*([^*]+)\*\*/gm)].map((m) => m[1]);

describe('ranking plan: an ordering request over named models', () => {
  it.each([
    ['put Alpha 2 Pro, Cirrus 2 and Beta 1 in order of output price', ['Beta 1', 'Cirrus 2', 'Alpha 2 Pro']],
    ['Alpha 2 Pro vs Beta 1 vs Cirrus 2, from cheapest', ['Beta 1', 'Cirrus 2', 'Alpha 2 Pro']],
    ['arrange Beta 1, Alpha 2 Pro and Cirrus 2 by context window', ['Beta 1', 'Alpha 2 Pro', 'Cirrus 2']],
    ['Cirrus 2, Beta 1 and Alpha 2 Pro in order of enterprise API share', ['Alpha 2 Pro', 'Cirrus 2', 'Beta 1']],
  ])('ranks every model of %j', (question, expected) => {
    const a = ask(question);
    expect(a.kind).toBe('list');
    expect(order(a.text)).toEqual(expected);
  });
});

describe('ranking plan: an ordering request with one model scored', () => {
  it('says the one model the documents score and that there is nothing to rank it against, not that it "ranks first"', () => {
    const a = ask('rank the llms by AIME score');
    expect(a.text).toBe('My documents give a score only for **Cirrus 2** (Cloud Nine): **88% on AIME 2025**, so there is nothing to rank it against.');
  });
});

describe('asksOrder', () => {
  it('reads requests to put things in order', () => {
    for (const q of ['in order of price', 'order them by context window', 'sort A, B and C by price', 'from cheapest', 'largest first', 'rank these from biggest to smallest']) expect(asksOrder(q)).toBe(true);
  });
  it('does not read a question about one thing or about a sequence', () => {
    for (const q of ['which is cheapest?', 'what is the order of events in training', 'we need it in order to ship', 'compare A and B on price']) expect(asksOrder(q)).toBe(false);
  });
});
