/**
 * "Is it open source or do we pay per token?" offers two answers: the verdict is the side that holds
 * (open weights, or proprietary and paid per use), never a bare yes or no, which would answer neither.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('yes/no: an either/or on how open a model is', () => {
  it.each(['is Gamma Diffusion 3 open source or do we pay per token?', 'gamma diffusion 3: open weights or api only?'])('answers %j with the open side', (q) => {
    expect(ask(q)).toMatch(/^Open weights: Gamma Diffusion 3 can be downloaded and run on your own machines/);
  });

  it('answers the proprietary side the same way', () => {
    expect(ask('is Pixel Studio 7 open source or do we pay per token?')).toMatch(/^Proprietary: Pixel Studio 7 runs only through .*paid per use/);
  });

  it('still answers a plain "can we self-host it?" with yes or no', () => {
    expect(ask('can we self-host Gamma Diffusion 3?')).toMatch(/^Yes: Gamma Diffusion 3 has open weights/);
  });
});
