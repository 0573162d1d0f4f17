/**
 * "What are <a concept's name, in the plural>?" and nothing more, against the default knowledge: what
 * the thing is, not the items a section happens to list under that noun (prices counted in tokens,
 * size classes counted in parameters, the uses of VAEs).
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

describe('a bare plural asks what the thing is', () => {
  it.each([
    ['so what are tokens?', /^\*\*A token\*\* is a chunk of text/],
    ['wat r params', /^\*\*Parameters\*\*, also called \*\*weights\*\*, are the learnable numbers/],
    ['what are parameters', /^\*\*Parameters\*\*/],
    ['what r vaes', /^\*\*A variational autoencoder \(VAE\)\*\* is a generative model with two parts/],
  ])('%j: the defining sentence', (text, defined) => {
    const a = guide.ask({ text });
    expect(a.kind).toBe('definition');
    expect(a.text).toMatch(defined);
  });

  it('still lists the items when the question names them with a determiner', () => {
    expect(guide.ask({ text: 'what are the four stages of training' }).text).toMatch(/\n- Data collection/);
  });
});
