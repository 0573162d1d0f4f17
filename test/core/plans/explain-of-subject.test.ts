/**
 * "Why are they meant to hallucinate less?" after "what is a verifier model?": the why is asked of
 * the subject about the second concept. The sentence that names the subject, in the passage that
 * speaks of the second, answers, not a sentence beside it on hallucination in another kind of model.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const VERIFIERS = `---
title: Verifier models
concepts:
  - name: verifier model
    aliases: [verifier models, verifiers]
    kind: model-type
---
# Verifier models

## Verifier models
A **verifier model** is a language model that scores each draft answer of another model against the sources before it is shown.

## Which models hallucinate less
Hallucination rates differ widely between systems. Verifier models check every claim against a retrieved source before replying, which tends to weed out confident but false statements. Narrow in-house models often hallucinate less inside their own niche than broad ones.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'verifiers.md': VERIFIERS }));
const ask = (text: string, history: string[] = []) => guide.ask({ text, history }).text;

describe('explain: an aspect asked of the subject about another concept', () => {
  it('leads with the sentence naming the subject', () => {
    expect(ask('why are they meant to hallucinate less?', ['what is a verifier model?'])).toMatch(/^Verifier models check every claim against a retrieved source/);
    expect(ask('why are verifier models meant to hallucinate less?')).toMatch(/^Verifier models check every claim against a retrieved source/);
  });
});
