/**
 * "How much energy did training GPT-5 take?": a measure the documents have no word for is stated
 * nowhere, so the answer says so instead of giving another figure from a sentence naming the model.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const TRAINING = `# Training runs

## How big the training runs were
**Alpha 2 Pro and Beta 1** each learned from a training set of about 3 trillion tokens, over several months of training.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'runs.md': TRAINING }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('fact plan: a measure no document names', () => {
  it('says the documents give no such figure for the model', () => {
    const a = ask('how much electricity / water did training alpha 2 pro take');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^My documents give no electricity or water figure for Alpha 2 Pro/);
    expect(a.text).not.toContain('3 trillion');
  });

  it('still answers a measure the documents do name', () => {
    const a = ask('how many months did training alpha 2 pro take');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('several months');
  });
});
