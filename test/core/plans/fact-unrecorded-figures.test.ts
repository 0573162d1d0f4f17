/**
 * Figures of a named model the knowledge never records: what it cost to train, how many tokens it
 * learnt from, its score on a benchmark no entry has. The answer says the documents do not state
 * that figure, and never gives a neighbouring one (its API price, its score on another benchmark).
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const SCORES = `# Model scores

## Coding scores
Alpha 2 Pro scored 81% on the MMMU benchmark in its launch report.
`;
const REEL = model({ name: 'Reel Motion 2', developer: 'Reel Labs', access: 'proprietary', categories: ['video'], benchmarks: [{ name: 'MotionBench', score: 'best camera control' }] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, REEL] }, { 'scores.md': SCORES }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('fact plan: a figure of a named model the knowledge does not record', () => {
  it('does not give the API price for what training the model cost', () => {
    for (const text of ['what did it cost to train alpha 2 pro?', "what was beta 1's training budget"]) {
      const a = ask(text);
      expect(a.answered).toBe(false);
      expect(a.text).toMatch(/^My documents don't state the training cost of (?:Alpha 2 Pro|Beta 1)/);
      expect(a.text).not.toMatch(/\$|per 1M/);
    }
  });

  it('does not give the context window for how many tokens it was trained on', () => {
    const a = ask('how many tokens was Beta 1 trained on?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't state the training figures/);
  });

  it('does not take a sentence on its training data for the hardware it was trained on', () => {
    const guide = createGuide(docsKnowledgeBase({}, { 'data.md': '# Training data\n\n## How much text\nBeta 1 was trained on a corpus of about 15 trillion tokens.\n' }));
    const gpus = guide.ask({ text: 'what GPUs was Beta 1 trained on?', history: [] });
    expect(gpus.answered).toBe(false);
    expect(gpus.text).toMatch(/^My documents don't state the training figures/);
    expect(guide.ask({ text: 'how many tokens was Beta 1 trained on?', history: [] }).text).toContain('15 trillion');
  });

  it('names the benchmark asked and gives no score on another one as its answer', () => {
    const a = ask("what's alpha 2 pro's score on HellaSwag?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents don't state Alpha 2 Pro's HellaSwag score/);
  });

  it('says a score recorded in words is no number, when a number is asked', () => {
    const a = ask("what's reel motion 2's actual benchmark number on motionbench?");
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents give no MotionBench number for Reel Motion 2; they record it in words: best camera control/);
    expect(ask('how does reel motion 2 do on the motionbench benchmark?').answered).toBe(true);
  });

  it('still gives the score on the benchmark asked', () => {
    expect(ask('what did alpha 2 pro score on SWE-bench?').text).toContain('70.6%');
  });
});
