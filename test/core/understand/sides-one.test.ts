/**
 * "A short ladder vs a tall one": "one" stands for what the other side names, with the side's own word
 * in front, so the second side is the tall ladder and both kinds are compared, not the first alone.
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
    aliases: [short ladders, step ladder]
    kind: concept
    broader: ladder height
  - name: tall ladder
    aliases: [tall ladders, extension ladder]
    kind: concept
    broader: ladder height
---
# Ladders

## Ladder heights
A **ladder height** is how far up a ladder lets a painter reach.

## Short ladders
A **short ladder** reaches about two metres and folds flat to fit in a car boot.

## Tall ladders
A **tall ladder** reaches a second-floor window and needs two people to carry it.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'ladders.md': LADDERS }));
const ask = (text: string) => guide.ask({ text });

describe('comparison sides: "one" stands for the other side', () => {
  it.each(['how is a short ladder different from a tall one', 'short ladders vs tall ones'])('compares both kinds for %j', (question) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text).toContain('**short ladder** reaches about two metres');
    expect(a.text).toContain('**tall ladder** reaches a second-floor window');
  });

  it('leaves "one" alone when the word before it names nothing of that kind', () => {
    expect(ask('short ladders vs wobbly ones').text).not.toContain('tall ladder');
  });
});
