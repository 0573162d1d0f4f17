/**
 * A comparison weighed on something ("how far apart are X and Y on <benchmark>?", "X vs Y on
 * <benchmark>?", "how big is the gap between X and Y?") opens on the documents' sentence stating the
 * gap, not on the section listing how the two differ in general; the benchmark named after "on" is
 * what they are weighed on, not a third side.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SHOP = `---
title: Models for online shops
concepts:
  - name: rented model
    aliases: [rented models, hosted shop model]
    kind: model-type
  - name: owned model
    aliases: [owned models]
    kind: model-type
  - name: ShelfBench
    aliases: [shelfbench, shelf bench]
    kind: benchmark
---
# Models for online shops

## Rented models
A **rented model** is a shop model a vendor runs for you and bills per request.

## Owned models
An **owned model** is a shop model you download and run on your own servers.

## Rented models vs owned models
**The difference between rented and owned models** is who runs them: a vendor runs a rented model, while you run an owned one. Side by side (rented vs owned):
- Billing: per request vs servers only.
- Changes: limited vs full retraining.
- ShelfBench: still leading vs trailing closely.

## ShelfBench
**ShelfBench** is a benchmark that scores how well a shop model ranks products on a shelf.

## How far owned models trail
**Owned models have nearly caught up** with rented ones: on ShelfBench the gap was only 1.2 points in 2025.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'shop.md': SHOP }));
const ask = (text: string) => guide.ask({ text });
const GAP = '**Owned models have nearly caught up** with rented ones: on ShelfBench the gap was only 1.2 points in 2025.';

describe('comparison weighed on a criterion', () => {
  it.each([
    'how far apart are rented and owned models on ShelfBench these days',
    'rented vs owned models on ShelfBench?',
    'how big is the gap between rented and owned models?',
  ])('opens %j on the sentence stating the gap', (question) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text.startsWith(GAP)).toBe(true);
  });

  it('keeps the general difference for a plain "what is the difference"', () => {
    expect(ask("what's the difference between rented and owned models?").text.startsWith('**The difference between rented and owned models**')).toBe(true);
  });
});
