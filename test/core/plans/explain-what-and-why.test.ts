/**
 * "X - what is it and why does everyone pair it with Y?", "what's an X and why does everyone brag
 * about theirs?", "<context>. wtf is an X": a message asking what its subject is gets the defining
 * sentence first, whatever section its other words match better, and the other question after it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const GROUNDING = `---
title: Grounding
concepts:
  - name: lookup grounding
    aliases: [lug]
    kind: technique
---

# Grounding

## Lookup grounding (LUG)
**Lookup grounding (LUG)** is a technique that fetches relevant records when a question arrives and hands them to the model along with the question.

## What LUG is used for
**LUG is used by support teams** so that chat assistants pair every answer with the team's own records, because assistants invent details when the records are missing.

## Why LUG matters
**LUG matters because** an assistant that reads the records stops inventing details, which is why every vendor now brags about it.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'grounding.md': GROUNDING }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('definition plan: what it is, and a second question', () => {
  it('reads "what is it" after the subject as asking what the subject is', () => {
    const a = ask('LUG - what is it and why does everyone pair it with chat assistants');
    expect(a.text).toMatch(/^\*\*Lookup grounding \(LUG\)\*\* is a technique/);
    expect(a.text).toContain('support teams');
  });

  it('leads a "why" second question with the definition', () => {
    const a = ask("what's lookup grounding and why does everyone brag about it");
    expect(a.text).toMatch(/^\*\*Lookup grounding \(LUG\)\*\* is a technique/);
    expect(a.text).toContain('stops inventing details');
  });

  it('reads chat slang for "what is" after a sentence of context as a definition', () => {
    const a = ask("our support lead says she 'trained a lug' on our team's records. wtf is a lug");
    expect(a.text).toMatch(/^\*\*Lookup grounding \(LUG\)\*\* is a technique/);
  });
});
