/**
 * Figures the documents state only in part. A benchmark score they lack for a model: the answer
 * names the benchmark asked and gives the scores the model does have. A price per month: the answer
 * says only per-token rates are given, then gives them.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const SOLVER = model({ name: 'Sigma Solve', developer: 'Sigma', access: 'proprietary', categories: ['llm'], benchmarks: [{ name: 'AIME 2025', score: '100%' }] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, SOLVER] }));

describe('fact plan: a benchmark score not stated', () => {
  it('names the benchmark asked and the scores the model has', () => {
    const a = guide.ask({ text: "what is Beta 1's AIME score?", history: [] });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't state Beta 1's AIME 2025 score/);
    expect(a.text).toContain('Beta 1 scored 63.8% on SWE-bench Verified.');
  });
});

describe('fact plan: a price asked per period', () => {
  it('says the documents give per-token rates, not a monthly price, then gives the rates', () => {
    const a = guide.ask({ text: 'how much does Alpha 2 Pro cost per month?', history: [] });
    expect(a.text).toMatch(/^My documents don't give a monthly price for Alpha 2 Pro, only per-token rates: \*\*\$3/);
  });

  it('gives the rates plainly when no period is asked', () => {
    expect(guide.ask({ text: 'how much does Alpha 2 Pro cost?', history: [] }).text).toMatch(/^Alpha 2 Pro costs \*\*\$3/);
  });
});
