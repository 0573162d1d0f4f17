/**
 * A ranking whose first place is shared names every model level on the figure, rather than one of
 * them as if it led alone; and the lead says which end of the scale it is ("the cheapest", "the most
 * expensive") instead of "ranks first on price".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { model } from '../fixture-kb.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

const kb = docsKnowledgeBase({ models: [...CATALOG, model({ name: 'Kappa Open 2', developer: 'Kappa', access: 'open', categories: ['llm'], context_window: 128000 })] });
const guide = createGuide(kb);
const ask = (text: string) => guide.ask({ text });

describe('ranking plan: ties and direction', () => {
  it('names both models that share the smallest context window', () => {
    const a = ask('which model has the smallest context window?');
    expect(a.text).toMatch(/^\*\*(?:Omni Open 4|Kappa Open 2)\*\* and \*\*(?:Omni Open 4|Kappa Open 2)\*\* share the smallest context window: \*\*128K/);
  });

  it('says "the most expensive" for the top of a price ranking', () => {
    expect(ask('which frontier model is the most expensive?').text).toMatch(/^\*\*Alpha 2 Pro\*\* \(Acme\) is the most expensive:/);
  });
});

describe('ranking plan: two models', () => {
  it('calls the first of two "the cheaper of the two" and gives the other its figure', () => {
    const a = guide.ask({ text: "and Beta 1? which one's cheaper for input", history: ['how much does Alpha 2 Pro cost per million input tokens?'] });
    expect(a.text).toMatch(/^\*\*Beta 1\*\* \(Bolt Labs\) is the cheaper of the two: \*\*\$1\.25 input \/ \$5\.00 output per 1M tokens\*\*\.\nAlpha 2 Pro: \$3\.00 input/);
  });
});
