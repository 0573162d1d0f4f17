/**
 * "Is X good enough for Y?", "fast enough for Y?": "enough" weighs X's fit for Y, so the verdict comes
 * from the sentence saying what X is meant for, not from sentences that happen to say "good" or
 * "enough" about something else.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const POCKET = `---
title: Pocket models
concepts:
  - name: pocket model
    aliases: [pocket models]
    kind: model-type
---
# Pocket models

## Pocket models
A **pocket model** is a compact model, and pocket models are the size class meant for phone apps and quick replies.

## Hosted APIs
A hosted API is the right path when a general model already performs well enough out of the box.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'pocket.md': POCKET }));
const ask = (text: string) => guide.ask({ text }).text;

describe('yes/no: "X good/fast enough for Y?" is a verdict on fit', () => {
  it.each(['is a pocket model fast enough for phone apps?', 'are pocket models good enough for phone apps?'])('answers %j from what X is meant for', (q) => {
    expect(ask(q)).toMatch(/^Yes: .*pocket models are the size class meant for phone apps/);
  });
});
