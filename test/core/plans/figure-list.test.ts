/**
 * "Release dates of the Kite 3 models", "when were the frontier models released", "context windows
 * of the models": a figure asked of every model of a set lists every model the catalog gives it for,
 * in the figure's order, and names the ones of the set it gives none for. "The benchmarks used to
 * compare models" asks for the benchmarks, not every model's score.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { asksEachFigure } from '../../../src/core/understand/each-figure.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const SERIES = [
  model({ name: 'Kite 3 (series)', aliases: ['Kite 3', 'Kite 3 series'], developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'March–July 2025', frontier: true }),
  model({ name: 'Kite 3 Glide', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'July 2025' }),
  model({ name: 'Kite 3 Dart', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3', released: 'March 2025' }),
  model({ name: 'Kite 3 Hover', developer: 'Windworks', access: 'proprietary', categories: ['llm'], family: 'Kite 3' }),
];
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, ...SERIES] }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('figure list: a figure of every model of a set', () => {
  it('lists a family\'s members by release date, earliest first, and names the undated one', () => {
    expect(ask('release dates of the Kite 3 models?')).toBe(
      'My documents give release dates for 2 of the Kite 3 models, earliest first:\n- **Kite 3 Dart** (Windworks): March 2025\n- **Kite 3 Glide** (Windworks): July 2025\nThey give none for Kite 3 Hover.',
    );
  });

  it('takes each member of a series, not the series\' date range, when each is asked', () => {
    expect(ask('when did each Kite 3 model come out')).toMatch(/^My documents give release dates for 2 of the Kite 3 models/);
  });

  it('lists the frontier models with a date, a series standing for its members', () => {
    const a = ask('when were the frontier models released');
    expect(a).toBe(
      'My documents give release dates for 3 of the frontier models, earliest first:\n- **Alpha 2 Pro** (Acme): March 2025\n- **Kite 3 Dart** (Windworks): March 2025\n- **Kite 3 Glide** (Windworks): July 2025\nThey give none for Beta 1 or Kite 3 Hover.',
    );
  });

  it('lists every context window the catalog gives, largest first', () => {
    const a = ask('what are the context windows of the main models');
    expect(a).toMatch(/^My documents give context windows for 3 models, largest first:\n- \*\*Beta 1\*\* \(Bolt Labs\): 2M/);
  });

  it('reads a figure of each model only from a plural or a word taking them one by one, and benchmark scores only as scores', () => {
    expect(asksEachFigure('release dates of the claude models', 'released')).toBe(true);
    expect(asksEachFigure('when did each one come out', 'released')).toBe(true);
    expect(asksEachFigure('when was Kite 3 released', 'released')).toBe(false);
    expect(asksEachFigure('what are the benchmark scores of the frontier models', 'benchmark')).toBe(true);
    expect(asksEachFigure('list the benchmarks used to compare models', 'benchmark')).toBe(false);
    expect(asksEachFigure('what are context windows', 'context_window')).toBe(false);
    expect(asksEachFigure('do all models have a context window?', 'context_window')).toBe(false);
    expect(asksEachFigure('which models have context windows over 1M tokens', 'context_window')).toBe(false);
  });
});
