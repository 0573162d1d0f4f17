/**
 * "5 things to check before picking X", "a checklist for X", "what should we check before X?": the
 * steps the subject's own definition lists, whole, not advice from a section that shares the word
 * "check"; a subject with no such list is answered as before.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const REVIEW = `---
title: Vendor review
concepts:
  - name: vendor review
    aliases: [vendor reviews, reviewing a vendor]
    kind: concept
---
## Vendor review
**A vendor review** runs in three steps, whatever the vendor sells:
1. Write down what the tool must produce.
2. Choose between buying access and building in-house.
3. Confirm the vendor's certificates and audit logs.

## Step 3: check certificates before a vendor review ends
**The last check of a vendor review** is confirming three things to check. Residency: where may the data go? Certificates: can the vendor show them? Logs: is every output kept for audit?

## Certificates for regulated teams
**Regulated teams** should check certificates first and check audit logs before anything else; a team that skips the check pays for it later.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'review.md': REVIEW }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('the subject\'s own list of steps answers a checklist request', () => {
  it.each(['5 things to check before a vendor review', 'checklist for a vendor review?', 'what are the steps of a vendor review?', 'what should we check before a vendor review?'])('lists the steps for %j', (question) => {
    const a = ask(question);
    expect(a).toMatch(/^\*\*A vendor review\*\* runs in three steps, whatever the vendor sells:\n1\. Write down/);
    expect(a).toContain('3. Confirm the vendor');
  });
});
