/**
 * Terms people type for a concept the knowledge defines, against the default knowledge: an
 * abbreviation of where the term is seen ("hf"), a shorthand ("sota"), the mechanism's own word
 * ("denoising") each reach the concept's defining sentence instead of a refusal.
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

describe('aliases reach their concept', () => {
  it.each([
    ['what does instruct mean on hf', /^\*\*An instruct model\*\* is a base LLM fine-tuned/],
    ['sota meaning?', /^\*\*A frontier model\*\* is one of the most capable, state-of-the-art/],
    ['whats a state of the art model', /^\*\*A frontier model\*\*/],
    ['what is denoising', /^\*\*A diffusion model\*\* is a generative model that learns to remove noise/],
  ])('%j: the defining sentence', (text, defined) => {
    const a = guide.ask({ text });
    expect(a.kind).toBe('definition');
    expect(a.text).toMatch(defined);
  });
});
