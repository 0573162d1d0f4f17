/**
 * "What architecture gives the most realistic images today?" asks for the type that leads image
 * making now: a pick of a type (not a ranking of models), the type most of the image models are
 * (not the one GAN that claims realism), with the documents' sentence saying that type leads.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';
import { coreFixture } from '../fixture-context.js';

const TODAY = `---
title: Image models now
---
# Image models now

## Diffusion models today
Diffusion models are the dominant architecture for generating images this decade. Diffusion models replaced GANs as the usual choice for pictures.
`;

const models = [
  ...CATALOG.filter((m) => !m.categories.includes('image')),
  model({ name: 'Lumen 2', developer: 'Lumen', access: 'proprietary', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['crisp product pictures'], notes: ['Lumen 2 is a diffusion model.'] }),
  model({ name: 'Glow XL', developer: 'Glow', access: 'open', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['self-hostable'], notes: ['Glow XL is a diffusion model.'] }),
  model({ name: 'Prism 4', developer: 'Prism', access: 'proprietary', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['artistic styles'], notes: ['Prism 4 is a diffusion model.'] }),
  model({ name: 'FaceForge', developer: 'Forge Lab', access: 'open', categories: ['image', 'gan'], modalities: { input: ['text'], output: ['image'] }, strengths: ['most realistic synthetic images of faces'] }),
];
const kb = docsKnowledgeBase({ models }, { 'today.md': TODAY });
const guide = createGuide(kb);
const fx = coreFixture(kb);

describe('the type that leads a kind of content now', () => {
  it.each(['what architecture gives the most realistic images today?', 'which type of model produces the best pictures right now?'])('%j is a pick of a type, not a ranking', (q) => {
    const u = fx.read(q);
    expect(u.intent).toBe('recommendation');
    expect(u.target).toBe('model-type');
  });

  it('picks the type most image models are, with the sentence saying it leads', () => {
    const text = guide.ask({ text: 'what architecture gives the most realistic images today?' }).text;
    expect(text).toMatch(/^Use \*\*a diffusion model\*\*, such as /);
    expect(text).toContain('Diffusion models are the dominant architecture for generating images this decade.');
    expect(text).not.toMatch(/FaceForge fits best/);
  });
});
