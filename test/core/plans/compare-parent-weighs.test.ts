/**
 * Two kinds of one thing ("small vs large tents"): the parent's section weighing them leads; when
 * that lead already sets one kind against the other, each kind's line is its definition alone, not
 * its section's sentence repeating the same trade-off a third time.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const TENTS = (lead: string) => `---
title: Tent sizes
concepts:
  - name: tent size
    aliases: [tent sizes, size of a tent]
    kind: concept
  - name: small tent
    aliases: [small tents, one-person tent]
    kind: size-class
    broader: tent size
  - name: large tent
    aliases: [large tents, family tent]
    kind: size-class
    broader: tent size
---
# Tent sizes

## Small tents
A **small tent** sleeps one or two people and packs down to the size of a water bottle. Small tents weigh less, pitch faster and cost less than bigger ones.

## Large tents
A **large tent** sleeps six or more people and has room to stand up inside. Large tents hold more gear than smaller ones, but they weigh more, pitch slower and cost more.

## Tent size trade-offs
${lead}
`;

describe('comparison of two kinds under one parent', () => {
  it('drops the weighing sentence from each line when the lead already weighs the two', () => {
    const guide = createGuide(docsKnowledgeBase({}, { 'tents.md': TENTS('A bigger tent is not always better: it holds more but weighs more. Small tents win on weight and price, while large tents win on room.') }));
    const a = guide.ask({ text: 'small tents vs large tents, what do I gain or lose?' });
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^A bigger tent is not always better/);
    expect(a.text).toMatch(/A \*\*small tent\*\* sleeps one or two/);
    expect(a.text).not.toMatch(/pitch faster and cost less/);
    expect(a.text).not.toMatch(/pitch slower and cost more/);
  });

  it('keeps the weighing sentence when the lead does not set the kinds against each other', () => {
    const guide = createGuide(docsKnowledgeBase({}, { 'tents.md': TENTS('Picking a tent size starts with how many people sleep in it. Large tents and small tents both come in three-season versions.') }));
    const a = guide.ask({ text: 'small tents vs large tents, what do I gain or lose?' });
    expect(a.text).toMatch(/pitch faster and cost less/);
  });
});
