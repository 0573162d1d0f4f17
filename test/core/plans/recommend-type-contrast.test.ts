/**
 * A model-type pick that differs from the type the question suggests ("someone suggested diffusion")
 * says why it beats that one, from the section that sets the two side by side.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { model } from '../fixture-kb.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

const TYPES = `---
title: Generator types
concepts:
  - name: VAE
    aliases: [VAEs, variational autoencoder, variational autoencoders]
    kind: model-type
  - name: diffusion model
    aliases: [diffusion models, diffusion]
    kind: model-type
---
# Generator types

## Variational autoencoders
**A variational autoencoder (VAE)** encodes inputs into a latent space and decodes samples from it into new data.

## What VAEs are used for (drug discovery)
- Drug discovery: labs walk the latent space of known molecules to propose candidate molecules.
- Anomaly detection: inputs the decoder rebuilds badly are flagged.

## Diffusion models
**A diffusion model** learns to turn noise into a picture step by step.

## VAEs vs diffusion models (sharpness and control)
**VAEs and diffusion models** trade sharpness for control. Diffusion is the standard for sharp pictures. VAEs win instead on control, since their latent space makes each change predictable.
`;

const kb = docsKnowledgeBase({ models: [...CATALOG, model({ name: 'Mol VAE', developer: 'Lab', access: 'open', categories: ['vae'], strengths: ['candidate molecules for drug discovery'] })] }, { 'types.md': TYPES });
const guide = createGuide(kb);

describe('recommendation plan: a pick against the suggested type', () => {
  it('says why the pick beats the type the question suggested', () => {
    const a = guide.ask({ text: 'a lab client wants to generate candidate molecules. someone suggested diffusion, is there a better fit?' });
    expect(a.text).toMatch(/^Use \*\*a variational autoencoder \(VAE\)\*\*/);
    expect(a.text).toContain('Diffusion is the standard for sharp pictures. VAEs win instead on control');
  });

  it('adds no contrast when the question suggests no other type', () => {
    const a = guide.ask({ text: 'a lab client wants to generate candidate molecules. what kind of model?' });
    expect(a.text).not.toContain('Diffusion is the standard');
  });

  it('says the specialised pick against the general option the question put forward', () => {
    const a = guide.ask({ text: 'a lab client wants to generate candidate molecules. just use a general chatbot or is there something more specialised?' });
    expect(a.text).toMatch(/^Rather than a general chatbot, use \*\*a variational autoencoder \(VAE\)\*\*/);
  });
});
