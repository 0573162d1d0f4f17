/**
 * "And how long does that normally take?" after "should we fine-tune <model> on our tickets?": the
 * time (or cost) asked is the way's the last answer weighed, not a figure of the model it would be
 * done to, so the documents' figure for that way answers it instead of "my documents don't state
 * that of <model>".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const EFFORT = `# What adapting a model takes

## Fine-tuning effort
A fine-tuning project usually runs 3 to 6 weeks and costs $20,000 to $90,000, most of it spent cleaning the examples.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'effort.md': EFFORT }));
const ask = (text: string, history: string[]) => guide.ask({ text, history }).text;

describe('follow-up: a figure of the way just weighed', () => {
  const asked = ['should we fine-tune Omni Open 4 on our support tickets?'];
  it('answers how long with the way’s time', () => {
    for (const q of ['and how long does that normally take?', 'how long would that take?']) expect(ask(q, asked)).toMatch(/^A fine-tuning project usually runs 3 to 6 weeks/);
  });
  it('answers what it costs with the way’s cost', () => {
    expect(ask('how much would that cost?', asked)).toMatch(/\$20,000 to \$90,000/);
  });
  it('keeps a catalog figure of the model for the model', () => {
    expect(ask('what is its context window?', asked)).toMatch(/Omni Open 4/);
  });
});
