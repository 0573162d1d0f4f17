/**
 * A section that announces items of one kind ("two main ways of building…") and has sub-sections of
 * another kind: asked for the ways, its own items answer; asked for kinds, the sub-sections do, under
 * a lead that does not call them ways.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const CODERS = `---
title: Coding models
---
# Coding models

## Coder LLMs
There are two main ways of building a coder LLM. Firstly, one can keep training a chat model on source code so it helps in conversation.

The second way of building a coder LLM is to train one from scratch on source code, which gives a strong autocompleter.

### Prover LLMs
Prover LLMs are tuned to write formal proofs.

### Tool-using LLMs
Tool-using LLMs are tuned to call external tools.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'coders.md': CODERS }));

describe('list plan: announced items against sub-sections', () => {
  it('answers the ways asked with the ways the section gives', () => {
    const a = guide.ask({ text: 'what are the two ways of building a coder LLM?' });
    expect(a.text).toContain('Firstly, one can keep training a chat model');
    expect(a.text).toContain('The second way of building a coder LLM');
    expect(a.text).not.toContain('Prover LLMs');
  });
});
