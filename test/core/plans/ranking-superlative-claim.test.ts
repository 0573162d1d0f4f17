/**
 * "Which open image model is the most widely deployed?" is a fact about the one model the superlative
 * holds for: when the pick's entry claims that superlative, the answer states it ("X is the most …"),
 * not the recommendation template ("X fits best: … Alternatives: …").
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const models = [
  ...CATALOG.filter((m) => !m.categories.includes('image')),
  model({ name: 'Lumen Open 2', developer: 'Lumen Labs', access: 'open', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['most widely deployed open-source image model'], deployment: ['self-hosted'] }),
  model({ name: 'Prism Open', developer: 'Prism', access: 'open', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['open source'] }),
];
const guide = createGuide(docsKnowledgeBase({ models }));

describe('ranking: a superlative the pick claims is answered as a fact', () => {
  it.each(['which open-source image model is the most widely deployed?', 'what is the most widely deployed open image model'])('%j', (q) => {
    const a = guide.ask({ text: q });
    expect(a.text).toMatch(/^\*\*Lumen Open 2\*\* \(Lumen Labs\) is the most widely deployed open-source image model\./);
    expect(a.text).not.toMatch(/fits best|Alternatives/);
  });
});

describe('ranking: a superlative asked in other words than the claim puts it', () => {
  // "Used", "adopted", "popular" ask what "deployed" claims: the same fact, not a pick.
  it.each(['which open image model is the most widely used?', 'most popular open-weights image model?', 'what is the most widely adopted open-source image model'])('%j', (q) => {
    const a = guide.ask({ text: q });
    expect(a.text).toMatch(/^\*\*Lumen Open 2\*\* \(Lumen Labs\) is the most widely deployed open-source image model\./);
    expect(a.text).not.toMatch(/fits best|Alternatives/);
  });
});
