/**
 * understand(): the sides a comparison (or an "is X the same as Y" question) weighs, each linked
 * to a concept or a catalog model where the knowledge has one.
 */
import { describe, expect, it } from 'vitest';
import type { Side } from '../../../src/core/understand/types.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());
const linked = (s: Side) => s.model?.name ?? s.concept?.name ?? `?${s.text}`;
const sidesOf = (q: string) => f.read(q).sides.map(linked);

describe('understand: sides of a comparison', () => {
  it.each([
    ["what's the difference between RAG and fine-tuning", ['retrieval-augmented generation', 'fine-tuning']],
    ['GANs vs diffusion, which is better for images?', ['generative adversarial network', 'diffusion model']],
    ['diffusion models versus GANs for product shots', ['diffusion model', 'generative adversarial network']],
    ['how does a VAE compare to a GAN', ['variational autoencoder', 'generative adversarial network']],
    ['is RAG different from fine-tuning?', ['retrieval-augmented generation', 'fine-tuning']],
    ['is fine-tuning better than RAG for a house style?', ['fine-tuning', 'retrieval-augmented generation']],
    ['compare Alpha 2 Pro with Beta 1', ['Alpha 2 Pro', 'Beta 1']],
    ['Alpha 2 Pro or Beta 1 for coding?', ['Alpha 2 Pro', 'Beta 1']],
  ])('reads the sides of %j', (question, sides) => {
    expect(sidesOf(question)).toEqual(sides);
  });

  it.each([
    ["whats the actual diff, RAG vs fine-tuning", ['retrieval-augmented generation', 'fine-tuning']],
    ['RAG vs fine-tuning, what is the real difference?', ['retrieval-augmented generation', 'fine-tuning']],
    ['GANs vs diffusion models whats the actual diff', ['generative adversarial network', 'diffusion model']],
    ['RAG versus fine-tuning: so what is the real difference', ['retrieval-augmented generation', 'fine-tuning']],
  ])('takes no padding that asks for the difference for a side: %j', (question, sides) => {
    expect(sidesOf(question)).toEqual(sides);
  });

  it('keeps the words of a side the knowledge does not know, for the plan to look up', () => {
    const sides = f.read('diffusion models vs autoregressive transformers').sides;
    expect(sides[0]?.concept?.name).toBe('diffusion model');
    expect(sides[1]).toMatchObject({ text: 'autoregressive transformers' });
    expect(sides[1]?.concept).toBeUndefined();
  });

  it('links both names of an identity question, even when they name one concept', () => {
    const sides = f.read('is a base model the same thing as a foundation model?').sides;
    expect(sides.map((s) => s.text)).toEqual(['base model', 'foundation model']);
    expect(sides[0]!.concept).toBeDefined();
    expect(sides[0]!.concept).toBe(sides[1]!.concept);
  });

  it('reads "is that just a fancy word for Y" with "that" as what was named before', () => {
    const sides = f.read("people keep saying 'foundation model'. is that just a fancy word for LLM?").sides;
    expect(sides.map(linked)).toEqual(['foundation model', 'large language model']);
  });

  it('takes the quoted term as a side, not the sentence around it', () => {
    const sides = f.read("my lead keeps saying 'foundation model' in every meeting, is that just a fancy word for LLM?").sides;
    expect(sides.map((s) => s.text)).toEqual(['foundation model', 'LLM']);
  });

  it('reads no sides from questions that compare nothing', () => {
    expect(f.read('what is a diffusion model?').sides).toEqual([]);
    expect(f.read('which model for images or video?').sides).toEqual([]);
  });
});

describe('understand: sides named by a kind of content', () => {
  const MEDIA = `---
title: Media models
concepts:
  - name: audio model
    aliases: [audio models]
    kind: model-type
  - name: video model
    aliases: [video models]
    kind: model-type
---
# Media models

## Audio models
An **audio model** generates music, speech or sound effects from a description.

## Video models
A **video model** generates short clips frame by frame.
`;
  const g = coreFixture(docsKnowledgeBase({}, { 'media.md': MEDIA }));

  it('reads "audio gen vs video gen" as the model types that make each, and asks about both', () => {
    const u = g.read('audio gen vs video gen, which is further along?');
    expect(u.sides.map((s) => s.concept?.name)).toEqual(['audio model', 'video model']);
    expect(u.concepts.map((c) => c.name)).toEqual(['audio model', 'video model']);
  });
});
