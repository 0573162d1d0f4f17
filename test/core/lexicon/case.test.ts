import { describe, expect, it } from 'vitest';
import { lowerFirst } from '../../../src/core/lexicon/case.js';

describe('lowerFirst', () => {
  it('lower-cases a plain word carried on inside a sentence', () => {
    expect(lowerFirst('Document intelligence')).toBe('document intelligence');
  });

  it('keeps a name with a capital or digit after its first letter', () => {
    for (const name of ['LMArena Chatbot Arena Elo', 'SWE-bench Verified', 'MMMU', 'GPT-5', 'VBench-2.0']) expect(lowerFirst(name)).toBe(name);
  });

  it('keeps a name followed by a version or a second capitalised word', () => {
    for (const name of ['Gemini 2.5 Pro', 'Veo 3', 'Stable Diffusion', 'Midjourney v7']) expect(lowerFirst(name)).toBe(name);
  });

  it('keeps a name it is given, but not a longer word that starts with it', () => {
    expect(lowerFirst('Sora makes clips', ['Sora'])).toBe('Sora makes clips');
    expect(lowerFirst('Soraya', ['Sora'])).toBe('soraya');
  });
});
