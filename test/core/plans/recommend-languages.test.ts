/**
 * A need for languages other than English: "need an open llm that handles french, german and spanish
 * well", "an llm good at japanese", "multilingual open model?". An "open llm" wants open weights as
 * an "open model" does, "need an X llm that…" asks for a model (not the kind), and a language named
 * meets the model the documents call multilingual.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readConstraints } from '../../../src/core/understand/needs.js';
import { objectTarget } from '../../../src/core/understand/target.js';
import { docsKnowledgeBase, CATALOG } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const kb = docsKnowledgeBase({
  models: [...CATALOG, model({ name: 'Polyglot Open 2', developer: 'Babel Labs', access: 'open', categories: ['llm'], context_window: 64000, strengths: ['multilingual (many languages)'] })],
});
const ask = (text: string) => createGuide(kb).ask({ text, history: [] });

describe('a model wanted for languages other than English', () => {
  it('reads an "open llm" as wanting open weights', () => {
    expect(readConstraints('need an open llm for our team').openWeights).toBe(true);
  });

  it.each(['need an open llm that handles french well', 'an llm good at japanese', 'multilingual open model?'])('%j asks for a model', (q) => {
    expect(objectTarget(q)).toBe('model');
  });

  it.each(['open source model?', 'what is an open model'])('%j does not', (q) => {
    expect(objectTarget(q)).toBeUndefined();
  });

  it.each([
    'need an open llm that handles french, german and spanish well for EU customers',
    'an llm good at japanese',
    'multilingual open model?',
  ])('%j picks the model the documents call multilingual', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toContain('Polyglot Open 2');
  });
});
