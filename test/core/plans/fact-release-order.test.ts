/**
 * "Which <series> model came out first?", "in what order…": the series' own entry holds only a date
 * range; its members' dates give the order, first to last (or the last one first when that is asked).
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const SERIES = [
  model({ name: 'Kite 3 (series)', aliases: ['Kite 3', 'Kite 3 series'], developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'March–July 2025' }),
  model({ name: 'Kite 3 Glide', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'July 2025' }),
  model({ name: 'Kite 3 Dart', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'March 2025' }),
  model({ name: 'Kite 3 Soar', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'May 2025' }),
];
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, ...SERIES] }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('fact plan: release order inside a series', () => {
  it('gives the members first to last when the order or the first is asked', () => {
    for (const q of ['which Kite 3 model was released first?', 'in what order were the Kite 3 models released?']) {
      expect(ask(q)).toMatch(/^\*\*Kite 3 Dart\*\* \(March 2025\) came first, then \*\*Kite 3 Soar\*\* \(May 2025\), then \*\*Kite 3 Glide\*\* \(July 2025\)/);
    }
  });
  it('leads with the last member when the latest is asked', () => {
    expect(ask('which Kite 3 model was released last?')).toMatch(/^\*\*Kite 3 Glide\*\* \(July 2025\) came last/);
  });
  it('keeps the series date range for a plain when-question', () => {
    expect(ask('when was Kite 3 released?')).toContain('March–July 2025');
  });
});
