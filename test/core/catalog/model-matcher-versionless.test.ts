/** A model named by family and variant without its version ("claude sonnet"): the best-documented, then newest, such model. */
import { describe, expect, it } from 'vitest';
import { createModelMatcher } from '../../../src/core/catalog/model-matcher.js';
import { model } from '../fixture-kb.js';

const models = [
  model({ name: 'Acme 4 Sonnet', aliases: ['Sonnet 4'], developer: 'Acme', access: 'proprietary', categories: ['llm'], family: 'Acme 4' }),
  model({ name: 'Acme 4.5 Sonnet', aliases: ['Acme Sonnet 4.5'], developer: 'Acme', access: 'proprietary', categories: ['llm'], family: 'Acme 4.5' }),
  model({ name: 'Acme Haiku 4.5', developer: 'Acme', access: 'proprietary', categories: ['llm'], family: 'Acme 4.5' }),
  model({ name: 'Zeta 2.0 Flash', developer: 'Zeta', access: 'proprietary', categories: ['llm'] }),
  model({ name: 'Zeta Flash 2.0 Lite', developer: 'Zeta', access: 'proprietary', categories: ['llm'] }),
];
const matcher = createModelMatcher(models);
const names = (text: string) => matcher.find(text).map((m) => m.model.name);

describe('model names without a version', () => {
  it('reads family and variant words as the newest model of that name', () => {
    expect(names('what is the acme sonnet context window')).toEqual(['Acme 4.5 Sonnet']);
    expect(names('sonnet acme pricing?')).toEqual(['Acme 4.5 Sonnet']);
  });

  it('prefers the version the catalog documents most over a newer one it barely records', () => {
    const documented = model({ name: 'Zeta 2.5 Pro', developer: 'Zeta', access: 'proprietary', categories: ['llm'], context_window: 2000000, pricing: { input_per_1m: 1.25, output_per_1m: 5 } });
    const bare = model({ name: 'Zeta 3 Pro', developer: 'Zeta', access: 'proprietary', categories: ['llm'] });
    expect(createModelMatcher([bare, documented]).find('zeta pro price').map((m) => m.model.name)).toEqual(['Zeta 2.5 Pro']);
  });

  it('reads a variant with only one model as that model', () => {
    expect(names('is acme haiku fast')).toEqual(['Acme Haiku 4.5']);
  });

  it('does not read a version written after the words as a match', () => {
    expect(names('acme sonnet 3.7 price')).toEqual([]);
  });

  it('tells a further variant word from the shorter name', () => {
    expect(names('zeta flash lite price')).toEqual(['Zeta Flash 2.0 Lite']);
    expect(names('zeta flash price')).toEqual(['Zeta 2.0 Flash']);
  });

  it('still prefers a full name with its version', () => {
    expect(names('acme 4 sonnet vs acme haiku')).toEqual(['Acme 4 Sonnet', 'Acme Haiku 4.5']);
  });
});
