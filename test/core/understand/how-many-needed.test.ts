/**
 * "Roughly how many instructions do you need to make an instruct model out of a base model?": a
 * count asked is a fact, not a recommendation because the question says "need" and "make".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const TUNING = `---
title: Tuned chat models
concepts:
  - name: tuned chat model
    aliases: [tuned chat models]
    kind: model-type
  - name: raw model
    aliases: [raw models]
    kind: model-type
---

# Tuned chat models

## Tuned chat models
**A tuned chat model** is made from a raw model by training it further on sample dialogues until it follows requests. The tuning runs in two rounds. Usually only a few thousand sample dialogues are needed, and the tuning costs little next to training the raw model.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'tuning.md': TUNING }));

describe('understanding: how many are needed', () => {
  it('answers the count', () => {
    const a = guide.ask({ text: 'roughly how many sample dialogues do you need to make a tuned chat model out of a raw model', history: [] });
    expect(a.text).toMatch(/^Usually only a few thousand sample dialogues are needed/);
  });
});
