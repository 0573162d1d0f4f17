/**
 * "and roughly what would it cost per month?" after another question: a follow-up that is a
 * question of its own behind a hedge word ("roughly", "ballpark") asks its own question, not the
 * previous one again.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const HOSTING = `# Running a press in-house

## When an in-house press pays
Above roughly 4 million pages a month, running a press in-house becomes the usual choice, because the fixed cost is lower than paying a print shop per page.

## What an in-house press costs
An in-house press costs in the low hundreds of euros a month in ink and upkeep, with no per-page fee.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'press.md': HOSTING }));

describe('follow-up: a hedged question of its own', () => {
  it('answers the new question, not the last one again', () => {
    const a = guide.ask({ text: 'and roughly what would an in-house press cost per month', history: ['at what page volume does an in-house press start to make sense?'] });
    expect(a.text).toContain('low hundreds of euros');
  });
});
