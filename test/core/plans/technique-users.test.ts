/**
 * "Which models use step planning?": the kinds of model whose defining sentence says what they are in
 * terms of the technique, with the examples named for them; not the technique's own definition. A kind
 * that mentions the technique only in how it goes on to work is no user of it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const PLANNING = `---
title: Planning models
concepts:
  - name: step planning
    aliases: [stepwise planning]
    kind: technique
  - name: planner model
    aliases: [planner models]
    kind: model-type
  - name: summary model
    aliases: [summary models]
    kind: model-type
---
# Planning models

## Step planning
**Step planning** is a technique in which a model writes out a numbered plan before it answers, then follows it.

## Planner models
**A planner model** is an LLM trained to excel at step planning, so it drafts a plan and checks each step before answering.

## Examples of planner models
**Orbit-P** is the best-known planner model, released by an open lab.

## Summary models
**A summary model** is an LLM tuned to condense long documents: it may use step planning on the longest inputs.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'planning.md': PLANNING }));

describe('technique users: the kinds of model built on a technique', () => {
  it('names the kind defined by the technique, then its named example', () => {
    for (const q of ['which models use step planning?', 'what kinds of models rely on stepwise planning']) {
      const a = guide.ask({ text: q, history: [] });
      expect(a.text, q).toMatch(/^\*\*Planner models\*\* use step planning: a planner model is an LLM trained to excel at step planning/);
      expect(a.text).toContain('Orbit-P');
      expect(a.text).not.toMatch(/summary model/i);
    }
  });

  it('still defines the technique when its users are not asked', () => {
    expect(guide.ask({ text: 'what is step planning?', history: [] }).text).toMatch(/^\*\*Step planning\*\* is a technique/);
  });
});
