/**
 * "What years were GANs the top image architecture?": the years a kind led, asked as a fact, not a
 * ranking of models or a pick of the best one because of the word "top".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KINDS = `---
title: Sound generator kinds
concepts:
  - name: chime network
    aliases: [chime networks, chime net, chime nets]
    kind: model-type
  - name: drift model
    aliases: [drift models]
    kind: model-type
---

# Sound generator kinds

## Chime networks
**A chime network** is a kind of audio model that pits two networks against each other to make sound clips.

## History of chime networks
**Chime networks led sound generation from 2011 until 2015.** Drift models then replaced them, because chime training is unstable.

## Drift models
**A drift model** is a kind of audio model that removes noise step by step until a clip remains.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'kinds.md': KINDS }));

describe('understanding: the years a kind was on top', () => {
  it.each(['what years were chime nets the top sound gen architecture', 'which years were chime networks the leading kind of audio model?'])('answers %j with the years', (q) => {
    const a = guide.ask({ text: q, history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^\*\*Chime networks led sound generation from 2011 until 2015/);
  });
});
