/**
 * A comparing section that sets two sides out property by property ("(hosted vs local)" then
 * "- Latency: …") answers a property the question names with that row, each half said with the
 * side it belongs to, then the section's opening; a question naming no property keeps the section.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const RUNNING = `---
title: Hosted and local runners
concepts:
  - name: hosted runner
    aliases: [hosted runners, hosted, cloud runner]
    kind: deployment
  - name: local runner
    aliases: [local runners, local, laptop runner]
    kind: deployment
---
# Hosted and local runners

## Hosted runners
**A hosted runner** executes a model on a vendor's machines and returns the output over the network.

## Local runners
**A local runner** executes a model on the user's own machine, with no network call.

## Hosted vs local runners
**Hosted and local runners differ mainly in where the model runs**: on a vendor's machines or on your own. Neither wins in general. They differ on three counts (hosted vs local):
- Setup effort: an account and a key vs installing drivers and weights.
- Energy bill: paid inside the usage fee vs paid by you at the wall.
- Offline use: impossible vs fully supported.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'running.md': RUNNING }));

describe('comparison on a property a section lists row by row', () => {
  it.each(['hosted vs local runners on energy bill?', 'how do local and hosted runners differ when it comes to the energy bill'])('%j leads with that row, by side', (q) => {
    const a = guide.ask({ text: q });
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^\*\*On energy bill\*\*: paid inside the usage fee for hosted, against paid by you at the wall for local\./);
    expect(a.text).toContain('differ mainly in where the model runs');
    expect(a.text).not.toContain('Setup effort');
  });

  it('takes no row for a word its label shares but does not end on ("any energy data")', () => {
    expect(guide.ask({ text: 'any energy data for hosted vs local runners?' }).text).not.toMatch(/^\*\*On energy bill/);
  });

  it('keeps every row when no property is asked', () => {
    const text = guide.ask({ text: 'hosted vs local runners' }).text;
    expect(text).toContain('Setup effort');
    expect(text).toContain('Offline use');
  });
});

describe('comparison on two properties a section lists row by row', () => {
  it.each(['hosted vs local runners on setup effort and offline use?', 'compare local and hosted runners in terms of offline use and setup effort'])('%j leads with both rows, in the section order', (q) => {
    const text = guide.ask({ text: q }).text;
    expect(text).toMatch(/^\*\*On setup effort\*\*: an account and a key for hosted, against installing drivers and weights for local\.\n\*\*On offline use\*\*: impossible for hosted, against fully supported for local\./);
    expect(text).not.toContain('Energy bill');
  });
});
