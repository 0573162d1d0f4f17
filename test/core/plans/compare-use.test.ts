/**
 * Two kinds of one thing compared for a stated use, when the parent lists each kind's typical uses:
 * the answer closes on the kind whose uses share the use's words, tied to those words; when neither
 * kind's uses do, it says so and what each kind suits, rather than stopping at the trade-off.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KILNS = `---
title: Kiln sizes
concepts:
  - name: kiln size
    aliases: [kiln sizes]
    kind: concept
  - name: small kiln
    aliases: [small kilns]
    kind: size-class
    broader: kiln size
  - name: large kiln
    aliases: [large kilns]
    kind: size-class
    broader: kiln size
---
# Kiln sizes

## Kiln sizes (the two classes)
**Kiln size** is how much a kiln holds, and kilns come in two classes, each with its typical uses:
- Small (up to 2 cubic feet): test tiles, jewellery, quick firings.
- Large (over 10 cubic feet): production runs, big sculptures.

## Small kilns
**A small kiln** holds up to 2 cubic feet and heats up quickly on household power.

## Large kilns
**A large kiln** holds over 10 cubic feet and needs its own electrical circuit.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'kilns.md': KILNS }));
const ask = (text: string) => guide.ask({ text }).text;

describe('comparison of two kinds for a stated use', () => {
  it.each(['small kiln vs large kiln for jewellery', 'small kilns or large kilns for making jewellery?', 'large kiln compared with small kiln for some jewellery'])('%j ends on the kind whose uses hold the use', (q) => {
    const text = ask(q);
    expect(text).toMatch(/For (?:making |some )?jewellery, a small kiln is the better fit: it is the kind meant for test tiles, jewellery and quick firings, while a large kiln is meant for production runs and big sculptures\.$/);
  });

  it('ties the use to the other side when its uses hold it', () => {
    expect(ask('small kiln vs large kiln for our production runs')).toMatch(/For your production runs, a large kiln is the better fit/);
  });

  it('says what each kind suits when neither kind lists the use', () => {
    expect(ask('small kiln vs large kiln for a pottery class')).toMatch(/My documents don't tie a pottery class to either one: a small kiln suits test tiles, jewellery and quick firings, and a large kiln suits production runs and big sculptures/);
  });

  it('adds nothing when no use is stated', () => {
    expect(ask('small kiln vs large kiln')).not.toMatch(/better fit|don't tie/);
  });
});
