/**
 * A section that compares a pair of its own ("sanding vs sealing") weighs what its heading or opening
 * sentence names. Asked about one of that pair and a third thing it mentions only further on ("or
 * oil it afterwards"), the answer is a line on each side asked, not the other pair's comparison.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const FINISHES = `---
title: Wood finishes (sanding, sealing, oiling)
concepts:
  - name: sanding
    aliases: [sand, sanded]
    kind: technique
  - name: sealing
    aliases: [seal, sealant]
    kind: technique
  - name: oiling
    aliases: [oil finish, oiled]
    kind: technique
---
# Wood finishes: sanding, sealing and oiling

## Sanding
**Sanding** is rubbing wood with abrasive paper until the surface is smooth to the touch.

## Sealing
**Sealing** is brushing a hard film over the wood so that water cannot soak in.

## Oiling
**Oiling** is soaking the wood with oil that hardens inside the grain, with no film on top.

## Sanding vs sealing
**Sanding and sealing** are the two steps every floor gets: sanding shapes the surface, while sealing protects it. A floor sanded but never sealed stains within a month, while sealing costs a day of drying. Crews can also do both, or oil the floor afterwards.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'finishes.md': FINISHES }));
const ask = (text: string) => guide.ask({ text });

describe('comparison: a section comparing another pair does not lead', () => {
  it.each(['sanding vs oiling', "what's the difference between sanding and oiling"])('answers %j with a line on each side', (question) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text).not.toMatch(/stains within a month|two steps every floor gets/);
    expect(a.text).toContain('- **Sanding** is rubbing wood');
    expect(a.text).toContain('- **Oiling** is soaking the wood');
  });

  it('still leads with the section for the pair it compares', () => {
    expect(ask('sanding vs sealing').text).toMatch(/^\*\*Sanding and sealing\*\* are the two steps/);
  });
});
