/**
 * A need to adapt a model ("answer from our own handbook without retraining", "keep our mascot the
 * same in every picture") asks for a technique: the one whose own sections speak to that
 * adaptation, with what it rules out ("without retraining") neither searched for nor the subject.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readAdaptation, ruledOut } from '../../../src/core/understand/adaptation.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { coreFixture } from '../fixture-context.js';

const LIKENESS = `---
title: Keeping a look
concepts:
  - name: likeness adapter
    aliases: [likeness adapters]
    kind: technique
---
# Keeping a look

## Likeness adapters
**A likeness adapter** is a small set of extra weights trained beside a frozen image model.

## What likeness adapters are used for
**Likeness adapters are used by studios** to make a model consistently reproduce one face or one brand style.
`;

const kb = docsKnowledgeBase({}, { 'likeness.md': LIKENESS });
const guide = createGuide(kb);
const fx = coreFixture(kb);

describe('reading an adaptation need', () => {
  it.each([
    ['get the assistant to answer from our internal handbook', 'material'],
    ['we want the bot to know our company wiki', 'material'],
    ['keep our mascot looking the same in every picture', 'likeness'],
    ['one consistent brand style across all banners', 'likeness'],
    ['can we adapt it without retraining from scratch', 'unchanged'],
  ])('%j adapts to %s', (q, kind) => {
    expect(readAdaptation(q)).toBe(kind);
  });

  it.each(['how do we keep costs the same next year?', 'which model is best for our data?', 'what is fine-tuning?'])('%j is no adaptation need', (q) => {
    expect(readAdaptation(q)).toBeUndefined();
  });

  it('reads what is ruled out, and does not make it the subject', () => {
    expect(ruledOut('keep our mascot the same in every picture without fine-tuning the whole model')).toBe('without fine-tuning the whole model');
    const u = fx.read('keep our mascot the same in every picture without fine-tuning the whole model');
    expect(u.intent).toBe('recommendation');
    expect(u.target).toBe('approach');
    expect(u.concepts.map((c) => c.name)).not.toContain('fine-tuning');
  });
});

describe('the technique for an adaptation need', () => {
  it('grounds answers in the team’s own material with retrieval, not by retraining', () => {
    const text = guide.ask({ text: 'how do we make the assistant use our own documents without retraining it?' }).text;
    expect(text).toMatch(/^Use \*\*retrieval-augmented generation \(RAG\)\*\*/i);
  });

  it('keeps a likeness with the technique whose use is that', () => {
    const text = guide.ask({ text: 'keep our mascot the same face in every picture without fine-tuning the whole model' }).text;
    expect(text).toMatch(/^Use \*\*a likeness adapter\*\*, a small set of extra weights trained beside a frozen image model\. \*\*Likeness adapters are used by studios\*\*/);
  });
});
