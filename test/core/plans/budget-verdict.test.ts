/**
 * "We have ~$200k, should we train our own LLM from scratch?", "is 50k enough to fine-tune a model?":
 * the budget the question states is set against what the documents say each way costs, and the
 * answer leads with the verdict, naming a cheaper way that fits when the one asked does not.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const COSTS = `# Build costs

## What building costs
Tuning is cheap next to the rest. Fine-tuning a hosted base model on your records runs $20,000 to $120,000, driven by how many training runs you need.
Training a custom model from scratch starts at $90,000 for a small one and reaches $2 million or more for a large one.
Calling a model costs $0.10 to $12 per million tokens.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'costs.md': COSTS }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('budget verdict: a stated budget against the documents costs', () => {
  it('says probably not to training from scratch on a budget at its low end, and that fine-tuning fits', () => {
    const a = ask('we have ~$200k, should we train our own LLM from scratch?');
    expect(a.text).toMatch(/^Probably not: \$200k covers only the low end of training a model from scratch\. Training a custom model from scratch starts at \$90,000/);
    expect(a.text).toContain('Fine-tuning fits the budget: Fine-tuning a hosted base model');
  });

  it('says no when the budget is under the lowest figure', () => {
    expect(ask('we have $10k, can we fine-tune a model?').text).toMatch(/^No: fine-tuning costs from \$20,000, more than \$10k\./);
  });

  it('reads a bare figure as money beside a word of spending', () => {
    expect(ask('is 80k enough to fine-tune a model?').text).toMatch(/^Most likely: 80k is within what fine-tuning costs\./);
    expect(ask('can we afford fine-tuning on 30k?').text).toMatch(/^It can be, at the low end: 30k is within what fine-tuning costs\./);
    expect(ask('with a budget of 300,000 dollars can we build our own model from scratch?').text).toMatch(/^Probably not: 300,000 dollars covers only the low end/);
    expect(ask('is $500k enough to fine-tune a model?').text).toMatch(/^Yes: \$500k covers fine-tuning\./);
  });

  it('reads no budget into a count of something else', () => {
    expect(ask('we have 20k users, should we fine-tune?').text).not.toMatch(/^(?:Yes|No|Probably|Most likely|It can be)\b/);
  });

  it('leaves a question on the cost itself to the other plans', () => {
    expect(ask('how much does fine-tuning cost?').text).not.toMatch(/^(?:Yes|No|Probably|Most likely)\b/);
  });
});
