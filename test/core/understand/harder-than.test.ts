/**
 * aspectOf: "why is X harder than Y?" asks what makes X hard, its limits; the answer opens on
 * them, not on what X is.
 */
import { describe, expect, it } from 'vitest';
import { aspectOf } from '../../../src/core/understand/aspect.js';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

describe('"harder than" asks the limits of the first side', () => {
  it.each(['why is video generation harder than image generation?', 'why are gans more difficult to train than vaes', 'why is speech trickier than text'])('reads limitations from %j', (text) => {
    expect(aspectOf('why', text)).toBe('limitations');
  });

  it.each(['why is video generation popular?', 'why did diffusion replace gans?'])('keeps the reason asked in %j', (text) => {
    expect(aspectOf('why', text)).toBe('why');
  });

  const SKETCH = `---
title: Drawing models
concepts:
  - name: sketch model
    aliases: [sketch models, sketching]
    kind: model-type
  - name: paint model
    aliases: [paint models, painting]
    kind: model-type
---
# Drawing models

## Sketch models
**A sketch model** draws line art from a text prompt, one stroke at a time.

## Limitations of sketch models
**Sketch models struggle** with closed outlines: a stroke that misses its start leaves the shape open.

## Paint models
**A paint model** fills a whole canvas with colour from a text prompt.
`;
  const guide = createGuide(docsKnowledgeBase({}, { 'drawing.md': SKETCH }));

  it('opens on the first side\'s limits', () => {
    expect(guide.ask({ text: 'why is sketching harder than painting?' }).text).toMatch(/^\*\*Sketch models struggle\*\* with closed outlines/);
  });
});
