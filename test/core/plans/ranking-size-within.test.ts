/**
 * "Which <model> size is the most capable?": a superlative over the sizes one model comes in. The
 * largest or smallest size answers; "most capable" or "fastest" only when the documents say how size
 * trades off inside a family.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const SIZED = model({
  name: 'Heron 5', developer: 'Marsh AI', access: 'open', categories: ['llm'],
  stats: [{ label: 'sizes (parameters)', value: '3B, 30B and 300B' }],
  notes: ['Within a family, smaller sizes run faster and cheaper, and larger ones are more capable.'],
});
const BARE = model({ name: 'Wren 2', developer: 'Marsh AI', access: 'open', categories: ['llm'], stats: [{ label: 'sizes (parameters)', value: '1B and 9B' }] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, SIZED, BARE] }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('ranking plan: a superlative over one model\'s sizes', () => {
  it('answers with the largest size and the documents\' reason for "most capable"', () => {
    const a = ask('which Heron 5 size is the most capable?');
    expect(a).toMatch(/^The largest of Heron 5's 3 sizes \(3B, 30B and 300B\) is \*\*300B\*\*/);
    expect(a).toContain('larger ones are more capable');
  });
  it('answers with the smallest size when the smallest or fastest is asked', () => {
    expect(ask("what's the smallest version of Heron 5?")).toMatch(/^The smallest .* is \*\*3B\*\*/);
    expect(ask('which Heron 5 variant is fastest?')).toMatch(/^The smallest .* is \*\*3B\*\*/);
  });
  it('does not call the largest size the most capable without the documents saying so', () => {
    expect(ask('which Wren 2 size is the most capable?')).not.toMatch(/^The largest/);
    expect(ask('what is the biggest Wren 2 size?')).toMatch(/^The largest of Wren 2's 2 sizes \(1B and 9B\) is \*\*9B\*\*/);
  });
});
