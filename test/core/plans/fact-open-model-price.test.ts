/**
 * "What does it cost?" of an open-weights model with no rates in the catalog: there is no per-token
 * fee, and running it costs the hardware and the hosting; that is the answer, not "I won't guess".
 * A proprietary model with no rates still gets the plain "not stated".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());

describe('fact plan: the price of a model with no rates', () => {
  it.each(['how much does Omni Open 4 cost?', 'price of gamma diffusion 3?'])('says an open model has no per-token fee: %j', (q) => {
    const a = guide.ask({ text: q, history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^My documents give no price for (Omni Open 4|Gamma Diffusion 3): it has open weights, so there is no per-token fee/);
  });

  it('still says a proprietary model without rates has no price stated', () => {
    const a = guide.ask({ text: 'how much does Pixel Studio 7 cost?', history: [] });
    expect(a.text).not.toContain('no per-token fee');
  });
});
