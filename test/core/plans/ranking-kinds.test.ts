/**
 * A superlative on a measure said of a kind ("the most expensive model type to run", "the
 * fastest-growing category") asks which kind the documents name, not which catalog model is at
 * the end of that measure; and "fastest-growing" is about growth, not a need for speed.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { asksKindSuperlative } from '../../../src/core/understand/kind-superlative.js';
import { readConstraints } from '../../../src/core/understand/needs.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const MARKET = `---
title: Market notes
---
# Market notes

## Where the growth is

Speech synthesis is the fastest-growing category of generative AI this year, ahead of image tools.

## Running costs by model type

Mixture-of-experts systems are the most expensive model type to run, because every request wakes several large experts.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'market.md': MARKET }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('superlatives said of a kind', () => {
  it.each([
    'which model type costs the most to run?',
    'the priciest kind of model to operate',
    'what category of gen AI is growing fastest?',
    'fastest growing segment of generative AI',
  ])('%j is read as asking for a kind', (q) => {
    expect(asksKindSuperlative(q)).toBe(true);
  });

  it.each(['which model is the most expensive?', 'what kind of model is best for images?', 'what kind of model is cheapest for tagging tickets?'])('%j is not', (q) => {
    expect(asksKindSuperlative(q)).toBe(false);
  });

  it('answers the costliest kind with the kind the documents name, not a model by price', () => {
    const text = ask('which model type costs the most to run?');
    expect(text.split('\n')[0]).toMatch(/Mixture-of-experts systems are the most expensive model type/);
    expect(text).not.toMatch(/Alpha 2 Pro/);
  });

  it('answers the fastest-growing category from the documents, with no pick for speed', () => {
    expect(ask('what is the fastest-growing category of generative AI?')).toMatch(/^Speech synthesis is the fastest-growing category/);
    expect(readConstraints('the fastest-growing category of generative AI').lowLatency).toBe(false);
    expect(readConstraints('we need the fastest model for chat').lowLatency).toBe(true);
  });
});
