/** A catalog strength reads as what follows the model's name in a sentence, whatever its grammar. */
import { describe, expect, it } from 'vitest';
import { strengthPredicate, strengthsClause } from '../../../src/core/catalog/strengths.js';

describe('catalog strengths as predicates', () => {
  it.each([
    ['most accessible image model', 'is the most accessible image model'],
    ['highest aesthetic quality (best-looking images)', 'has the highest aesthetic quality (best-looking images)'],
    ['fastest model of the series', 'is the fastest model of the series'],
    ['integrated with ChatGPT', 'is integrated with ChatGPT'],
    ['leads the SWE-bench Verified benchmark', 'leads the SWE-bench Verified benchmark'],
    ['one of the leading multimodal models in 2026', 'is one of the leading multimodal models in 2026'],
    ['self-hostable open-source model', 'is a self-hostable open-source model'],
    ['open source code model', 'is an open source code model'],
    ['very long context window (2M tokens)', 'has a very long context window (2M tokens)'],
    ['very popular on Hugging Face', 'is very popular on Hugging Face'],
    ["Acme's most robustly aligned model", "is Acme's most robustly aligned model"],
    ['cinematic quality', 'is known for cinematic quality'],
    ['sharpens the edges of scanned drawings', 'sharpens the edges of scanned drawings'],
    ['editor-native (lives in the text editor)', 'is editor-native (lives in the text editor)'],
    ['planning-oriented, thinks before it answers', 'is planning-oriented, thinks before it answers'],
    ['strong for product videos', 'is strong for product videos'],
    ['one stop for trying many voices', 'is one stop for trying many voices'],
  ])('%j → %j', (phrase, predicate) => {
    expect(strengthPredicate(phrase)).toBe(predicate);
  });

  it('leaves out a whole sentence, which is a note rather than a strength', () => {
    expect(strengthPredicate("Meta's family is the best-known example of open models.")).toBeUndefined();
  });

  it('lists three strengths with commas, each with its own verb', () => {
    expect(strengthsClause(['fastest model of the series', 'free', 'leads the Foo benchmark'], 3)).toBe('is the fastest model of the series, is free and leads the Foo benchmark');
  });

  it('lets consecutive "known for" strengths share the verb inside a longer list', () => {
    expect(strengthsClause(['cinematic quality', 'physics understanding', 'integrated with Acme Chat'], 3)).toBe('is known for cinematic quality and physics understanding and is integrated with Acme Chat');
  });

  it('joins two "known for" strengths under one verb', () => {
    expect(strengthsClause(['cinematic quality', 'physics understanding'])).toBe('is known for cinematic quality and physics understanding');
  });
});
