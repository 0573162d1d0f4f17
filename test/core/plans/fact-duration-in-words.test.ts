/**
 * "How long would it take to build our own one from scratch?": a span said in words ("takes
 * months") is a duration like "2 to 8 weeks", so the sentence stating the time asked answers, not a
 * neighbouring one that has digits (a quicker path's weeks).
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { statesFigure } from '../../../src/core/evidence/sentences.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const PATHS = `# Paths to a model

## Building a widget model yourself
Building a widget model yourself on your own records takes months and needs a cluster of accelerators.

## Adapting a widget model
Adapting an existing widget model to your own records is quicker, about 3 to 6 weeks.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'paths.md': PATHS }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('fact plan: a duration stated in words', () => {
  it.each(['how long would it take to build a widget model ourselves?', 'how long does building a widget model yourself take'])('answers %j with the sentence stating that time', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Building a widget model yourself on your own records takes months/);
  });

  it('reads "takes months" as a duration, not every word "months"', () => {
    expect(statesFigure('Training often takes weeks or months.', 'duration')).toBe(true);
    expect(statesFigure('The last few months brought many new models.', 'duration')).toBe(false);
  });
});
