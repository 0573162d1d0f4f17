/**
 * "Easiest tool for…", "easy to use for a non-designer": ease of use is what the default knowledge
 * calls "most accessible", so it picks the model described that way, not the one strongest on
 * quality. "The easiest way to adapt a model" is no such wording: it still asks about adaptation.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import type { Guide } from '../../../src/core/types.js';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('a pick asked by ease of use (default knowledge)', () => {
  it('picks the video model the documents call the most accessible for "easiest tool"', () => {
    const a = guide.ask({ text: 'easiest tool for making short promo videos?' });
    expect(a.text).toMatch(/^\*\*Runway Gen-3\*\*/);
  });

  it('leaves "the easiest way to adapt a model" about adaptation', () => {
    const a = guide.ask({ text: 'what is the easiest way to adapt a model to our data' });
    expect(a.text).toMatch(/RAG|fine-tuning/);
    expect(a.text).not.toMatch(/image model/i);
  });
});
