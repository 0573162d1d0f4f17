/**
 * Compact "X2Y" spellings of kinds of generation ("img2img", "txt2img", "t2i") and the ASR
 * abbreviation, against the default knowledge: they read as the documents' own names.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';
import { spellOutCompact } from '../../src/core/understand/compact-spellings.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('compact spellings of kinds of generation', () => {
  it('spells out two media joined by a 2', () => {
    expect(spellOutCompact('is img2img better than txt2img? and t2v')).toBe('is image-to-image better than text-to-image? and text-to-video');
  });

  it('leaves version numbers and names alone', () => {
    expect(spellOutCompact('gpt2 vs llama 3 v2')).toBe('gpt2 vs llama 3 v2');
  });

  it.each(['wats img2img', 'img2img - how does that work'])('answers %j from the image-to-image sentence', (text) => {
    const a = guide.ask({ text });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('image-to-image');
  });

  it('reads t2i as text-to-image', () => {
    expect(guide.ask({ text: 'what does t2i mean' }).text).toMatch(/text prompt into a photorealistic or artistic picture/);
  });

  it('reads asr as speech-to-text', () => {
    expect(guide.ask({ text: 'what is an asr model' }).text).toMatch(/speech-to-text model/i);
  });
});
