/**
 * "A vs B, both open source, what's the diff?": a property the question grants both sides sets the
 * common ground; the answer states how the two differ (what each does best), not that property of
 * each. A "both" that names the criterion ("compare both on price") still asks for it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text });

describe('comparison: a property granted to both sides is no criterion', () => {
  it.each([
    "Gamma Diffusion 3 vs Delta Flux — both open source, what's the diff",
    'Gamma Diffusion 3 vs Delta Flux, both open source, what is the difference?',
    "Gamma Diffusion 3 vs Delta Flux, they're both open weights, how do they differ?",
  ])('%j states what each does best', (question) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^\*\*Gamma Diffusion 3\*\* and \*\*Delta Flux\*\* are both open-source image generation models; they differ in what each does best/);
    expect(a.text).toContain('best prompt fidelity');
  });

  it('keeps a criterion that "both" is put to', () => {
    const a = ask('compare both on price: Alpha 2 Pro vs Beta 1');
    expect(a.text).toMatch(/^\*\*Beta 1\*\* has the cheaper price of the two/);
  });
});
