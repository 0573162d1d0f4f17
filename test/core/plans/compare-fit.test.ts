/**
 * Two catalog models weighed for a kind of work ("X vs Y for coding?"): when only one of them is
 * catalogued for that work, the answer says first that it is the better fit, then profiles both;
 * with no work named, or both fitting, it gives the profiles alone.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const coder = model({ name: 'Kappa Coder 2', developer: 'Kappa Labs', access: 'proprietary', categories: ['llm', 'code'], strengths: ['writes and reviews code'] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, coder] }));
const ask = (text: string) => guide.ask({ text });

describe('comparison of two models for a kind of work', () => {
  it.each([
    ['Beta 1 vs Kappa Coder 2 for coding?', 'For coding, **Kappa Coder 2**'],
    ['kappa coder 2 or beta 1 for writing code', 'For coding, **Kappa Coder 2**'],
    ['Alpha 2 Pro or Gamma Diffusion 3 for generating images?', 'For images, **Gamma Diffusion 3**'],
  ])('%j opens on the one catalogued for that work', (question, lead) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text.startsWith(lead)).toBe(true);
    // the profiles of both still follow
    expect(a.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
  });

  it('gives only the difference when no kind of work is named', () => {
    const a = ask('Beta 1 vs Kappa Coder 2');
    expect(a.text).toMatch(/^\*\*Beta 1\*\* and \*\*Kappa Coder 2\*\* are both proprietary large language models/);
    expect(a.text).not.toMatch(/better fit/);
  });

  it('does not pick when both are catalogued for the work', () => {
    const a = ask('Gamma Diffusion 3 vs Delta Flux for images');
    expect(a.text).not.toMatch(/better fit/);
  });
});
