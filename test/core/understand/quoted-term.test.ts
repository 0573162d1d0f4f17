/**
 * A quoted term that holds a model's name plus a word none of its names have ("what's a 'custom flux
 * pipeline'?" against the model Delta Flux) is the subject itself: the answer is what the documents
 * say about that term, not the model's profile. A quote that is the model's own name still links it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const PIPELINES = `---
title: Image pipelines
---
# Image pipelines

## Pipelines for brand images
Custom flux pipelines chain a prompt step and an upscaling step, so a team gets the same look on every image it makes. They beat a single general model at keeping a brand's colours consistent.
`;

const kb = docsKnowledgeBase({}, { 'pipelines.md': PIPELINES });
const f = coreFixture(kb);
const guide = createGuide(kb);

describe('a quoted term that outgrows a model name', () => {
  it.each(["what's a 'custom flux pipeline'?", "what is a \"custom flux pipeline\" and is it better than plain delta flux"])('%j is about the quoted term, not the model', (question) => {
    const u = f.read(question);
    expect(u.models.map((m) => m.name)).not.toContain('Delta Flux');
    const a = guide.ask({ text: question });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Custom flux pipelines chain a prompt step/);
  });

  it("still links the model when the quote is the model's own name", () => {
    expect(f.read("is 'Delta Flux' any good?").models.map((m) => m.name)).toEqual(['Delta Flux']);
  });
});
