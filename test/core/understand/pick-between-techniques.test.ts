/**
 * "RAG or prompting, which should we use?": a pick between two techniques (or two ways to deploy)
 * is read as their comparison, like a pick between two kinds of model, never as a request for a
 * catalog model that a technique's word happens to match.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const TECHNIQUES = `---
title: Teaching a widget model
concepts:
  - name: widget grounding
    aliases: [grounding widgets]
    kind: technique
  - name: widget retraining
    aliases: [retraining widgets]
    kind: technique
---
# Teaching a widget model

## Widget grounding
**Widget grounding** looks up the team's own records at answer time and hands them to the model with the question.

## Widget retraining
**Widget retraining** trains the model further on the team's records, so what it knows changes for good.
`;
const grounded = model({ name: 'Rho Ground 2', developer: 'Rho Labs', access: 'proprietary', categories: ['llm'], strengths: ['widget grounding built in', 'widget retraining service'] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, grounded] }, { 'techniques.md': TECHNIQUES }));

describe('a pick between two techniques', () => {
  it.each(['widget grounding or widget retraining, which should we use?', 'widget retraining or widget grounding - which one should we go with', 'which should we pick: widget grounding or widget retraining?'])('%j compares the two', (q) => {
    const a = guide.ask({ text: q });
    expect(a.kind).toBe('comparison');
    expect(a.text).toContain('looks up the team');
    expect(a.text).toContain('trains the model further');
    expect(a.text).not.toContain('Rho Ground 2');
  });
});
