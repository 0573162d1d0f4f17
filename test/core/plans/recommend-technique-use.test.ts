/**
 * Advice found in what a technique is used for ("Adapter tuning is used by illustrators to keep…")
 * is said as advice: use the technique, with what it is, then the use that fits the need.
 */
import { describe, expect, it } from 'vitest';
import { answerRecommendation } from '../../../src/core/plans/recommend.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const ADAPTERS = `---
title: Adapter tuning
concepts:
  - name: adapter tuning
    aliases: [adapters, style adapters]
    kind: technique
---
# Adapter tuning

## Adapter tuning
**Adapter tuning** is a light training method that adds a few small weight layers to a frozen model, so it learns something new cheaply.

## What adapter tuning is used for
**Adapter tuning is used by illustrators** to keep every picture a model draws in one recognisable house style or mascot look. It also keeps training bills small.
`;

describe('recommendation plan: a technique found in its uses', () => {
  const f = coreFixture(docsKnowledgeBase({}, { 'adapters.md': ADAPTERS }));

  it('advises the technique, with what it is, before the use', () => {
    const u = f.read('we want every picture in one recognisable house style, what is the approach?');
    const draft = answerRecommendation(f.plan, { ...u, target: 'approach' });
    const text = draft.blocks.map((b) => b.text).join(' ');
    expect(text).toMatch(/^Use \*\*adapter tuning\*\*, a light training method that adds a few small weight layers to a frozen model\. \*\*Adapter tuning is used by illustrators\*\*/i);
  });
});
