/**
 * "What kind of model setup turns an uploaded photo into a restyled one?" asks for a model type
 * that makes images: the section on the variant that does it, named in the question's other words,
 * is the advice, and a section on a type that reads images is no answer to it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const IMAGES = `---
title: Picture models
concepts:
  - name: photo tagging model
    aliases: [photo tagging models, image-to-text model, image-to-text models, vision tagger]
    kind: model-type
  - name: picture diffusion model
    aliases: [picture diffusion models]
    kind: model-type
---
# Picture models

## Photo tagging models (image-to-text models)
**A photo tagging model** reads a user's uploaded photo and returns labels for what the photo shows, such as the room, the furniture and the style.

## Picture diffusion models
**A picture diffusion model** makes an image by removing noise step by step, guided by a text prompt.

## Picture diffusion variants (photo-to-photo, sketch guidance)
**Picture diffusion variants** adapt the diffusion model to extra jobs. Photo-to-photo diffusion builds a new picture from an existing one, keeping its layout while changing its look.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'images.md': IMAGES }, [['restyle', 'restyled', 'photo-to-photo', 'change the look of a photo']]));

describe('recommendation: a model type for a need stated in other words', () => {
  it('answers from the variant whose heading names the need, not from a type that reads images', () => {
    const a = guide.ask({ text: 'feature idea: users upload a photo of their kitchen and we send back a restyled version of it. what kind of model setup does that' });
    expect(a.text).toContain('Photo-to-photo diffusion builds a new picture from an existing one');
    expect(a.text).not.toContain('returns labels');
  });
});
