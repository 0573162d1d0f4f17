/**
 * A model type named before a run of facts about its variants gives, as the setup, the one fact that
 * speaks to the need in its own words ("restyle a photo" → "photo-to-photo editing rebuilds…").
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const VARIANTS = `---
title: Picture generators
concepts:
  - name: picture diffuser
    aliases: [picture diffusers]
    kind: model-type
---
# Picture generators

## Picture diffusers
**A picture diffuser** is a model type that turns noise into a picture step by step.

## Picture diffuser variants (photo-to-photo, outline guidance, genre tunes)
**Picture diffuser variants** are picture diffusers adapted to extra jobs. Photo-to-photo editing rebuilds a new picture from an uploaded one. Outline guidance draws a picture that follows a sketch. Picture models are also tuned to one genre, such as comics.
`;

const kb = docsKnowledgeBase({}, { 'variants.md': VARIANTS }, [['restyle', 'restyled', 'restyling', 'photo-to-photo']]);
const guide = createGuide(kb);

describe('recommendation plan: a model type and the setup that fits', () => {
  it('joins the type to the one variant that speaks to the need, not every variant', () => {
    const a = guide.ask({ text: 'users upload a picture and we return a restyled version of it. what kind of model setup does that?' });
    expect(a.text).toMatch(/^Use \*\*a picture diffuser\*\*: photo-to-photo editing rebuilds a new picture/);
    expect(a.text).not.toContain('Outline guidance');
  });
});
