/**
 * A pick is named by the bold term that opens its definition, unless that bold text is a whole
 * clause ("**RG stands for retrieval grounding**"): then the concept's own name is used.
 */
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../src/core/plans/pick-wording.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { coreFixture } from '../fixture-context.js';

const DOC = `---
title: Grounding
concepts:
  - name: retrieval grounding
    aliases: [rg]
    kind: technique
---
# Grounding

## Retrieval grounding (RG)
**RG stands for retrieval grounding**, a technique that looks passages up before answering.
`;

const fx = coreFixture(docsKnowledgeBase({}, { 'grounding.md': DOC }));
const concept = (name: string) => fx.plan.concepts.concepts.find((c) => c.name === name)!;

describe('how a pick is named', () => {
  it('uses the concept name when the bold opening is a clause', () => {
    expect(displayName(fx.plan, concept('retrieval grounding'))).toBe('**retrieval grounding**');
  });

  it('keeps the bold term when it is a name', () => {
    expect(displayName(fx.plan, concept('generative adversarial network'))).toBe('**a generative adversarial network (GAN)**');
  });
});
