/** A letter-and-number code after a family name ("DeepSeek R2") names another model than the family. */
import { describe, expect, it } from 'vitest';
import { createModelMatcher } from '../../../src/core/catalog/model-matcher.js';
import { model } from '../fixture-kb.js';

const models = [
  model({ name: 'Zeta (model family)', aliases: ['Zeta'], developer: 'Zeta', access: 'open', categories: ['llm'] }),
  model({ name: 'Zeta R1', aliases: ['Zeta-R1'], developer: 'Zeta', access: 'open', categories: ['llm'] }),
  model({ name: 'Zeta v3', developer: 'Zeta', access: 'open', categories: ['llm'] }),
];
const names = (text: string) => createModelMatcher(models).find(text).map((m) => m.model.name);

describe('model codes after a family name', () => {
  it('does not read the family for a code the catalog does not hold', () => {
    expect(names('what is the context window of zeta r2')).toEqual([]);
    expect(names('is Zeta-K2 open source?')).toEqual([]);
    expect(names('what changed in zeta v4')).toEqual([]);
  });

  it('still reads the codes it holds, and the family alone', () => {
    expect(names('is zeta r1 good at math')).toEqual(['Zeta R1']);
    expect(names('zeta v3 pricing')).toEqual(['Zeta v3']);
    expect(names('who makes zeta models?')).toEqual(['Zeta (model family)']);
  });
});
