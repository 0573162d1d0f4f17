/**
 * "Is an image model good for writing SQL?", "would a video model help with our invoices?": a kind
 * of model asked about content another kind is for gets No, what the kind is for, and what the
 * documents give for the task's content; a task of the kind's own content keeps its answer.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KINDS = `---
title: Model kinds by output
concepts:
  - name: picture generation model
    aliases: [image generation model, image model, image generator]
    kind: model-type
  - name: clip generation model
    aliases: [video model, video generation model]
    kind: model-type
  - name: programming model
    aliases: [code generation model, code model]
    kind: model-type
    broader: large language model
---
# Model kinds by output

## Picture generation models
**A picture generation model** paints a new picture from a written description by removing noise step by step.

## Clip generation models
**A clip generation model** renders moving footage frame by frame from a prompt, keeping each frame close to the last.

## Programming models
**A programming model** is a language model trained further on source files, so it can write and fix software.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'kinds.md': KINDS }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('a kind of model asked about another kind’s content', () => {
  it.each(['is an image model good for writing SQL?', 'We want an image model to write our SQL, will that work?'])('answers %j No, then points to the code kind', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No: a picture generation model is made for images, not for code\./);
    expect(a.text).toContain('paints a new picture');
    expect(a.text).toContain('For code, the documents point to programming models instead. **A programming model**');
  });

  it('answers a video model asked about invoices No, then with the pick for documents', () => {
    const a = ask('would a video model help with our invoices?');
    expect(a.text).toMatch(/^No: a clip generation model is made for video, not for PDFs and scanned documents\./);
    expect(a.text).toContain('For PDFs and scanned documents, ');
  });

  it('keeps a task of the kind’s own content, or a narrower kind’s, out of it', () => {
    expect(ask('can an image model make a logo?').text).not.toMatch(/^No:/);
    expect(ask('can an LLM write SQL?').text).not.toMatch(/^No:/);
  });
});

const PLURAL = `---
title: Moving pictures
concepts:
  - name: clip models
    aliases: [video model, video models]
    kind: model-type
---
# Moving pictures

## Clip models
Clip models render moving footage frame by frame from a prompt.
`;

describe('a kind the documents name in the plural', () => {
  it('is named in the singular in the verdict', () => {
    const a = createGuide(docsKnowledgeBase({}, { 'moving.md': PLURAL })).ask({ text: 'would a video model help with our invoices?', history: [] });
    expect(a.text).toMatch(/^No: a clip model is made for video, not for PDFs and scanned documents\./);
  });
});
