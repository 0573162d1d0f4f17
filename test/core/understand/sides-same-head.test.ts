/**
 * "Short step ladders vs tall step ladders": two sides written with one head, each with its own word
 * in front, are two kinds of one sort. The second side is the tall ladder (the short ladder's
 * sibling), not the step ladder its words also name, so both heights are compared.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const LADDERS = `---
title: Ladders
concepts:
  - name: ladder height
    aliases: [ladder heights]
    kind: concept
  - name: short ladder
    aliases: [short ladders, short step ladder, short step ladders]
    kind: concept
    broader: ladder height
  - name: tall ladder
    aliases: [tall ladders]
    kind: concept
    broader: ladder height
  - name: step ladder
    aliases: [step ladders]
    kind: concept
---
# Ladders

## Ladder heights
A **ladder height** is how far up a ladder lets a painter reach.

## Short ladders
A **short ladder** reaches about two metres and folds flat to fit in a car boot.

## Tall ladders
A **tall ladder** reaches a second-floor window and needs two people to carry it.

## Step ladders
A **step ladder** stands on its own four legs, with no wall to lean on.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'ladders.md': LADDERS }));

describe('comparison sides written with one head', () => {
  it.each(['short step ladders vs tall step ladders', 'difference between short step ladders and tall step ladders'])('compares both heights for %j', (question) => {
    const text = guide.ask({ text: question }).text;
    expect(text).toContain('reaches about two metres');
    expect(text).toContain('reaches a second-floor window');
    expect(text).not.toContain('four legs');
  });
});
