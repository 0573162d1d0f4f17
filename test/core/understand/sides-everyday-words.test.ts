/**
 * A comparison side written in everyday words ("classic ML like spam filters", "conventional
 * machine learning") is the kind the documents call traditional AI: the example after "like" or
 * "such as" only illustrates it, so the answer states how the two kinds differ instead of saying the
 * documents do not cover the side.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KINDS = `---
title: Two families of AI
concepts:
  - name: traditional ai model
    aliases: [traditional ai, traditional ai models, sorting model]
    kind: model-type
  - name: maker ai model
    aliases: [maker ai, maker ai models]
    kind: model-type
---
# Two families of AI

## Traditional AI models
A **traditional AI model** puts each input into one of a fixed set of bins, such as keep or discard.

## Maker AI models
A **maker AI model** writes fresh material in the style of what it studied.

## Traditional AI vs maker AI
**The core difference between traditional AI and maker AI** is what comes out: a traditional model sorts what it is given into bins, while a maker model writes something fresh.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'families.md': KINDS }));
const ask = (text: string) => guide.ask({ text });
const LEAD = '**The core difference between traditional AI and maker AI** is what comes out';

describe('comparison side in everyday words', () => {
  it.each([
    "what's the difference between classic ML like spam filters and maker AI",
    'what is the difference between classic ML and maker AI?',
    'old-school machine learning, such as mail sorting, vs maker AI',
  ])('answers %j with the difference the documents state', (question) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text.startsWith(LEAD)).toBe(true);
  });
});
