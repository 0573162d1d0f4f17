/**
 * A yes/no question whose verdict the documents draw as a conclusion ("…therefore needs a human
 * check") gets that verdict first, then the sentence it concludes from.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const DRAFTS = `---
title: Drafted replies
---
# Drafted replies

## Limits of drafted replies
Drafted replies go wrong most often on refund rules and on rare languages. Every drafted reply therefore needs a human check before it is sent to a customer.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'drafts.md': DRAFTS }));

describe('yes/no: a verdict drawn as a conclusion', () => {
  it('leads with the verdict and keeps the sentence the conclusion draws on', () => {
    const text = guide.ask({ text: 'can we send drafted replies to customers with no human check?' }).text;
    expect(text).toMatch(/^No: every drafted reply needs a human check before it is sent to a customer\. Drafted replies go wrong most often on refund rules/);
  });
});
