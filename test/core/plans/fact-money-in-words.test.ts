/**
 * "Ballpark cost to train a flagship model from scratch?": an amount said in words ("hundreds of
 * millions of dollars") is a sum of money like "$15,000", so the sentence that states the cost asked
 * answers, not a neighbouring one that has digits (a price per token, a cheaper path's cost).
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { statesFigure } from '../../../src/core/evidence/sentences.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const BUDGETS = `# Budgets

## Paying for a flagship model
The cheapest flagship model in the rate card is Beta 1, at $1.25 per million input tokens.

## Building a flagship model yourself
From scratch, training a flagship model costs hundreds of millions of dollars for compute alone.

## Adapting a flagship model
Adapting an existing flagship model to your own records costs $20,000 to $90,000.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'budgets.md': BUDGETS }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('fact plan: money stated in words', () => {
  it.each(['ballpark cost to train a flagship model from scratch?', 'how much does training a flagship model from scratch cost?'])('answers %j with the sentence stating that cost', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^From scratch, training a flagship model costs hundreds of millions of dollars/);
  });

  it('reads sums in words as money, not every word "millions"', () => {
    expect(statesFigure('It costs billions of dollars and months of GPU time.', 'money')).toBe(true);
    expect(statesFigure('It was trained on millions of photos.', 'money')).toBe(false);
  });
});
