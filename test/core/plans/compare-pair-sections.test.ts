/**
 * A pair written with one shared head noun ("edge vs hosted models") links both sides, and a pair
 * the knowledge compares in more than one section is answered, when the trade-offs are asked, from
 * the section that weighs the sides on the most properties.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const HOSTING = `---
title: Where models run
concepts:
  - name: edge model
    aliases: [edge models, on-device model, on-device models]
    kind: deployment
  - name: hosted model
    aliases: [hosted models, cloud model, cloud models]
    kind: deployment
---
# Where models run

## Edge models (on-device models)
An **edge model** runs on the team's own laptops or servers, so prompts never leave the building.

## Hosted models (cloud models)
A **hosted model** runs in a vendor's data centre and is called over the network; the actual trade-off for a team is a bill per request.

## Edge models vs hosted models
**The difference between edge and hosted models** is where the computation happens: on your own machines, or on a vendor's. Point by point (edge vs hosted):
- Setup: install and maintain vs sign up and call.
- Updates: when you choose vs when the vendor ships.

## Edge models vs hosted models: cost, compliance and control
**Choosing between edge and hosted models** settles cost, compliance and control for years (edge vs hosted):
- Upfront cost: hardware vs nothing.
- Running cost: electricity vs a fee per request.
- Data control: prompts stay in-house vs prompts go to the vendor.
- Compliance: audits on your own terms vs the vendor's certificates.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'hosting.md': HOSTING }));
const ask = (text: string) => guide.ask({ text });

describe('comparison: a pair with a shared head noun, compared in several sections', () => {
  it('links a bare modifier to the side it names with the other side’s head noun', () => {
    const a = ask("Edge vs hosted models: what's the actual difference?");
    expect(a.kind).toBe('comparison');
    expect(a.text.startsWith('**The difference between edge and hosted models** is where the computation happens')).toBe(true);
    expect(a.text).toContain('- Updates: when you choose vs when the vendor ships.');
  });

  it('answers the trade-offs from the section weighing the most properties, through its last one', () => {
    const a = ask("edge vs hosted models, what's the actual trade-off for a team like ours");
    expect(a.text.startsWith('**Choosing between edge and hosted models** settles cost, compliance and control')).toBe(true);
    expect(a.text).toContain("- Compliance: audits on your own terms vs the vendor's certificates.");
  });
});
