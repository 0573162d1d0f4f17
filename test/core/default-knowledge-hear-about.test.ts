/**
 * "What's the deal with X?", "tell me about X": a frame that asks to hear about one concept, with
 * no need or constraint, against the default knowledge: answered with what X is, not a pick.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('a frame asking to hear about a concept', () => {
  it.each([
    ['so whats the deal with diffusion models?', /\*\*A diffusion model\*\* is/],
    ["what's up with rag", /retrieval-augmented generation/],
    ['whats the deal with moe', /\*\*Mixture-of-experts \(MoE\)\*\* is/],
  ])('defines the concept of %j', (text, expected) => {
    const a = guide.ask({ text });
    expect(a.kind).toBe('definition');
    expect(a.text).toMatch(expected);
  });

  it('still picks when a need is stated', () => {
    expect(guide.ask({ text: 'whats the best diffusion model for product photos' }).kind).toBe('recommendation');
  });
});
