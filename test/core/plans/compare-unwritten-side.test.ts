/**
 * A comparison side that links to nothing and whose word the documents never write says the
 * knowledge does not cover it, even when the word shares a stem with words the documents do use
 * ("discriminative" with "discriminator", "top-p" with "top"): comparing the other side with
 * whatever those words hit would answer a different question.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const STUDIO = `---
title: Studio models
concepts:
  - name: painting model
    aliases: [painting models, painter model]
    kind: model-type
  - name: warmth
    aliases: [warmth setting]
    kind: setting
---
# Studio models

## Painting models
A **painting model** turns a written sentence into a brand-new picture, brush stroke by brush stroke.

## How painting models are trained
**Painting models learn against a critic**: a discriminator looks at each canvas and says whether a person painted it, and the painter learns to fool it.

## Warmth
**Warmth** is a setting that shifts a painting model's colours towards red: at the top of the dial the canvas glows, at the bottom it turns blue.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'studio.md': STUDIO }));
const ask = (text: string) => guide.ask({ text });

describe('comparison with a side the documents never write', () => {
  it.each([
    ['discriminative vs painting models', 'discriminative models'],
    ["what's the difference between discriminative and painting models", 'discriminative models'],
    ['warmth vs dial-k', 'dial-k'],
  ])('says %j is not covered', (question, missing) => {
    const a = ask(question);
    expect(a.answered).toBe(false);
    expect(a.text).toContain(`My documents don't cover ${missing}`);
    expect(a.text).not.toMatch(/^Painting models learn against a critic/);
  });

  it('still compares two sides the documents write', () => {
    const a = ask('warmth vs painting models');
    expect(a.answered).toBe(true);
    expect(a.text).not.toContain("don't cover");
  });
});
