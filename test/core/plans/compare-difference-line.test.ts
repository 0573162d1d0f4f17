/**
 * A comparison answered by a line on each side leads with the line that states the difference: a
 * side defined as a kind of the other, or set against it ("the reverse of…"), names both and says
 * how they differ, so it comes first whichever order the question named them in. Two kinds of one
 * thing whose lines name only themselves are introduced as two kinds of that thing.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KILNS = `---
title: Kilns
concepts:
  - name: kiln
    aliases: [kilns]
    kind: concept
  - name: glaze kiln
    aliases: [glaze kilns]
    kind: concept
    broader: kiln
  - name: bisque kiln
    aliases: [bisque kilns]
    kind: concept
    broader: kiln
  - name: cooling rack
    aliases: [cooling racks]
    kind: concept
  - name: drying rack
    aliases: [drying racks]
    kind: concept
---
# Kilns

## Kilns
A **kiln** is an oven that hardens shaped clay by heating it far past what a kitchen oven reaches.

## Glaze kilns
A **glaze kiln** is a kiln run hot enough to melt a coat of glass onto a pot that was fired once already.

## Bisque kilns
A **bisque kiln** fires raw clay for the first time at a gentle heat so that it survives glazing.

## Kilns vs kitchen ovens
**Kilns and kitchen ovens** both bake, but a kitchen oven tops out far below a kiln, and glazing needs a kiln's heat and a glaze to melt.

## Drying racks
A **drying rack** holds freshly thrown pots in moving air until the clay is leather-hard.

## Cooling racks
A **cooling rack** takes pots straight out of the kiln and lets them lose heat slowly, the reverse of what a drying rack is for.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'kilns.md': KILNS }));
const ask = (text: string) => guide.ask({ text });

describe('comparison lines: the one stating the difference leads', () => {
  it.each(['kiln vs glaze kiln', "what's the actual difference between a kiln and a glaze kiln"])('leads %j with the kind defined as the other', (question) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^A \*\*glaze kiln\*\* is a kiln run hot enough/);
    expect(a.text).toContain('- A **kiln** is an oven');
  });

  it('leads with the side set against the other', () => {
    const a = ask('drying rack vs cooling rack');
    expect(a.text).toMatch(/^A \*\*cooling rack\*\* takes pots .* the reverse of what a drying rack is for\./);
    expect(a.text).toContain('- A **drying rack** holds');
  });

  it('introduces two kinds of one thing as such, then a line on each', () => {
    const a = ask('glaze kiln vs bisque kiln');
    expect(a.text.split('\n')[0]).toBe('A glaze kiln and a bisque kiln are two different kinds of kiln:');
    expect(a.text).toContain('- A **glaze kiln** is');
    expect(a.text).toContain('- A **bisque kiln** fires');
  });
});
