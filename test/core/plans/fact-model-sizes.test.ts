/**
 * The sizes one named model comes in: "what sizes does X come in?" is its parameter counts (not
 * every kind of variant a family has), and "biggest X variant is how many params?" is the largest
 * of them, read from the sizes the catalog records, whichever shape the question took.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { detectAttribute } from '../../../src/core/understand/attributes.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const HERON = model({ name: 'Heron 5', developer: 'Marsh AI', access: 'open', categories: ['llm'], stats: [{ label: 'sizes (parameters)', value: '3B, 30B and 300B' }] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, HERON] }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('fact plan: the sizes a named model comes in', () => {
  it.each(['what sizes does Heron 5 come in', 'how big is Heron 5?', 'what sizes is Heron 5 available in'])('gives the sizes for %j', (question) => {
    expect(ask(question)).toMatch(/^Heron 5 comes in three sizes: \*\*3B, 30B and 300B\*\* parameters\./);
  });
  it.each(['biggest Heron 5 variant is how many params?', 'how many parameters is the largest Heron 5?'])('gives the largest size first for %j', (question) => {
    expect(ask(question)).toMatch(/^The largest of Heron 5's 3 sizes \(3B, 30B and 300B\) is \*\*300B\*\*/);
  });
  it('says so for a model whose size the catalog does not record', () => {
    expect(ask('how big is Beta 1?')).toMatch(/don't state the size/);
  });
});

describe('detectAttribute: a named model\'s size', () => {
  it('reads "sizes" and "how big" of a model as its parameters, not of a kind of model', () => {
    expect(detectAttribute('what sizes does {model} come in', 'model')).toBe('parameters');
    expect(detectAttribute('how big is it', 'model')).toBe('parameters');
    expect(detectAttribute('what sizes do models come in', 'other')).not.toBe('parameters');
  });
});
