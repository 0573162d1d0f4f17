/**
 * "Is there any real difference between X and Y?" asks whether two names mean one thing: when one
 * side's definition gives it another name built on the other side's word, the answer opens on that
 * overlap, then defines each; a plain "what's the difference" and an unrelated pair do not.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const DRAFTS = `---
title: Faster decoding
concepts:
  - name: draft model
    aliases: [draft models, speculative draft model, speculative draft models]
    kind: model-type
  - name: speculative model
    aliases: [speculative models]
    kind: model-type
  - name: verifier model
    aliases: [verifier models, verifier]
    kind: model-type
---
# Faster decoding

## Draft models
**A draft model**, also called a speculative draft model, is a small model that guesses the next few tokens so a larger model only has to check them.

## Speculative models
**A speculative model** is any model that produces output ahead of need and lets a later step keep or discard it.

## Verifier models
**A verifier model** checks the tokens a draft model proposed and keeps the ones it agrees with.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'drafts.md': DRAFTS }));
const ask = (text: string) => guide.ask({ text });
const OVERLAP = 'Not quite the same, though the terms overlap: a draft model is also called a speculative draft model.';

describe('comparison: are the two names the same thing', () => {
  it.each(["is there any real difference between a 'draft model' and a 'speculative model'?", 'draft models vs speculative models, any actual difference?'])('opens %j on the overlap, then defines each', (question) => {
    const a = ask(question);
    expect(a.kind).toBe('comparison');
    expect(a.text.startsWith(OVERLAP)).toBe(true);
    expect(a.text).toContain('guesses the next few tokens');
    expect(a.text).toContain('produces output ahead of need');
  });

  it('leaves a plain "what is the difference" to the definitions', () => {
    expect(ask("what's the difference between a draft model and a speculative model").text).not.toContain('Not quite the same');
  });

  it('claims no overlap for two names that share no word', () => {
    expect(ask('is there any real difference between a draft model and a verifier model?').text).not.toContain('overlap');
  });
});
