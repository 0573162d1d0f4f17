/**
 * Catalog models compared on a figure the catalog gives for one of them only, or for none: the
 * answer opens on a sentence that names every side and says which figure is missing, so it never
 * leaves bare lines that do not say why nothing is ranked.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const bare = model({ name: 'Zeta Prime', developer: 'Zeta Works', access: 'proprietary', categories: ['llm'] });
const hollow = model({ name: 'Eta Core', developer: 'Eta Labs', access: 'proprietary', categories: ['llm'] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, bare, hollow] }));
const ask = (text: string) => guide.ask({ text }).text;

describe('comparison on a figure one side lacks', () => {
  it.each(['which is cheaper, Zeta Prime or Alpha 2 Pro?', 'Zeta Prime vs Alpha 2 Pro on price', 'alpha 2 pro or zeta prime - which costs less'])('%j says which side has a price', (q) => {
    const text = ask(q);
    expect(text).toMatch(/^My documents give the price of \*\*Alpha 2 Pro\*\* but not of Zeta Prime, so they can't say which one is cheaper\./);
    expect(text).toContain('$3.00 input / $15.00 output per 1M tokens');
  });

  it('names the figure asked for: a context window', () => {
    expect(ask('which has the bigger context window, Zeta Prime or Alpha 2 Pro?')).toMatch(/^My documents give the context window of \*\*Alpha 2 Pro\*\* but not of Zeta Prime, so they can't say which one has the larger context window\./);
  });

  it('names every side lacking it among three', () => {
    expect(ask('Zeta Prime vs Alpha 2 Pro vs Eta Core on price')).toMatch(/^My documents give the price of \*\*Alpha 2 Pro\*\* but not of Zeta Prime or Eta Core, so they can't say which of them is cheaper\./);
  });

  it('says when neither side has the figure', () => {
    expect(ask('which is cheaper, Zeta Prime or Eta Core?')).toMatch(/^My documents give the price of neither Zeta Prime nor Eta Core/);
  });
});
