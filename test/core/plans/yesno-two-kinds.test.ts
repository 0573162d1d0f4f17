/**
 * "Is X basically Y?" about two kinds of one thing: no, they are two different kinds of it. The
 * section that sets the two side by side says how they differ; without one, a line on each. Never a
 * "Yes:" on a sentence that only mentions both.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const LOOMS = `---
title: Looms
concepts:
  - name: loom
    aliases: [looms]
    kind: concept
  - name: jacquard loom
    aliases: [jacquard looms, jacquard]
    kind: concept
    broader: loom
  - name: rigid heddle loom
    aliases: [rigid heddle looms, rigid heddle]
    kind: concept
    broader: loom
  - name: tapestry loom
    aliases: [tapestry looms]
    kind: concept
    broader: loom
---
# Looms

## Looms
A **loom** is a frame that holds lengthwise threads taut so that crosswise threads can be woven through them.

## Jacquard looms
A **jacquard loom** lifts every lengthwise thread on its own, following a chain of punched cards, so it can weave pictures into the cloth.

## Rigid heddle looms
A **rigid heddle loom** lifts half of the threads at once with one slotted bar, which keeps it small and cheap.

## Tapestry looms
A **tapestry loom** stands upright so the weaver can see the picture grow. Rigid heddle parts also serve inside some tapestry looms.

## Jacquard vs rigid heddle looms
**Jacquard and rigid heddle looms differ in control**: a jacquard loom steers each thread on its own, while a rigid heddle loom moves half the threads together.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'looms.md': LOOMS }));
const ask = (text: string) => guide.ask({ text }).text;

describe('yes/no: is X basically Y, two kinds of one thing', () => {
  it.each(['is a jacquard loom basically a rigid heddle loom?', 'is a rigid heddle loom just a jacquard loom'])('%j: no, then the section comparing them', (q) => {
    const a = ask(q);
    expect(a).toMatch(/^No: an? (?:jacquard|rigid heddle) loom and an? (?:jacquard|rigid heddle) loom are two different kinds of loom\./);
    expect(a).toContain('differ in control');
  });

  it('no, then a line on each, when no section compares them', () => {
    const a = ask('is a tapestry loom basically just a rigid heddle loom?');
    expect(a).toMatch(/^No: a tapestry loom and a rigid heddle loom are two different kinds of loom\./);
    expect(a).toContain('- A **tapestry loom** stands upright');
    expect(a).toContain('- A **rigid heddle loom** lifts half');
    expect(a).not.toMatch(/^Yes/);
  });

  it.each(['is a tapestry loom just a rigid heddle loom that stands upright?', 'is a tapestry loom basically a rigid heddle loom turned upright?'])('%j: not quite, when the question grants the other a part', (q) => {
    expect(ask(q)).toMatch(/^Not quite: a tapestry loom and a rigid heddle loom are two different kinds of loom\./);
  });
});
