/**
 * "The rates are as of when?", "what date are the table's prices from?": the date the figures hold
 * for, from the sentence saying what date they are "as of", leading the answer; not the figures
 * themselves, a sentence mentioning another date in passing, a list, or a refusal for the word "date".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const RATES = `# Rate card

## Hosted rates
The rate card lists hosted prices per million tokens as of March 2031 (input / output):
- Alpha 2 Pro: $3 / $15.
- Beta 1: $1.25 / $5.

## Cheapest hosted option
Beta 1 is the cheapest model on the rate card table, which the vendors last revised in 2029, at $1.25 per million input tokens.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'rates.md': RATES }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('fact plan: the date figures are as of', () => {
  it.each(["what date are the table's prices from?", 'the prices are as of when?', 'rate card prices: as of what date?', 'how up to date are the hosted prices?'])('leads %j with the as-of date', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^As of \*\*March 2031\*\*: /);
  });

  it('still refuses a date of prices the field has nothing to do with', () => {
    expect(ask('what date are the flight prices from?').answered).toBe(false);
  });
});
