/**
 * "Time to first token for Kappa Flash in ms?", "tokens per second for Kappa Flash?": a figure of a
 * named model asked in a unit of time is stated only by a sentence giving a time, not by one that
 * names the model with a per-token price; with none, the answer says the documents do not state it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const FLASH = model({ name: 'Kappa Flash', developer: 'Kappa Labs', access: 'proprietary', categories: ['llm'], pricing: { input_per_1m: 0.1, output_per_1m: 0.4 }, strengths: ['fast, cheap first-token responses'] });
const extra = { 'speed.md': '# Fast models\n\nFor quick first responses on every token, the small Kappa Flash is cheaper still, at $0.10 input and $0.40 output per 1M tokens.\n' };
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, FLASH] }, extra));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('fact plan: a figure asked in a unit of time', () => {
  it.each(['time to first token for kappa flash in ms?', 'first token time for kappa flash in milliseconds', 'tokens per second for kappa flash?'])('says the documents do not state it for %j', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't state that of Kappa Flash, so I won't guess/);
    expect(a.text).not.toMatch(/\$0\.10 input/);
  });
});
