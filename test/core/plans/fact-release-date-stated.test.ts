/**
 * "When was X released?" of a model the catalog gives no date: a document sentence answers only when
 * it says the model was released (launched, rolled out…). A month that dates something else ("the
 * May 2025 price table") is a neighbouring figure, and the answer says the date is not stated.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const PRICES = `# Prices

## Cheapest frontier model
Beta 1 is the lowest-cost frontier model in the May 2025 price table, at $1.25 per 1M input tokens.
`;
const LAUNCH = `# Launches

## Bolt Labs launches
Bolt Labs rolled out Beta 1 in June 2025, a month after its preview.
`;

describe('fact plan: a release date stated in the documents', () => {
  it('does not give the month of a price table as the release date', () => {
    const guide = createGuide(docsKnowledgeBase({}, { 'prices.md': PRICES }));
    for (const text of ['when was Beta 1 released?', 'when did beta 1 come out', 'Beta 1 launch date?']) {
      const a = guide.ask({ text, history: [] });
      expect(a.answered, text).toBe(false);
      expect(a.text).toMatch(/^My documents don't state the release date of Beta 1/);
      expect(a.text).not.toMatch(/May 2025|\$/);
    }
  });

  it('gives the month of a sentence saying the model was released', () => {
    const guide = createGuide(docsKnowledgeBase({}, { 'prices.md': PRICES, 'launch.md': LAUNCH }));
    const a = guide.ask({ text: 'when was Beta 1 released?', history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('June 2025');
  });
});
