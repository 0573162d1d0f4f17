/**
 * Two kinds compared where the sentence weighing them sits inside one side's own section: that
 * sentence leads, and both sides still get their line, the weighed side's included, so neither
 * side is left undefined.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const DRAWING = `---
title: Drawing models
concepts:
  - name: sketch model
    aliases: [sketch models]
    kind: model-type
  - name: paint model
    aliases: [paint models]
    kind: model-type
---
# Drawing models

## Sketch models
**A sketch model** draws line art from a text prompt, one stroke at a time, and stops once the outline is closed. Working in outlines makes sketch models faster at quick mock-ups than ordinary paint models.

## Paint models
**A paint model** fills a whole canvas with colour and texture from a text prompt.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'drawing.md': DRAWING }));
const ask = (text: string) => guide.ask({ text }).text;

describe('comparison led by a sentence from one side\'s section', () => {
  it.each(['sketch model vs paint model for quick mock-ups', 'paint models or sketch models for quick mock-ups?'])('%j gives both sides a line', (q) => {
    const text = ask(q);
    expect(text).toMatch(/^Working in outlines makes sketch models faster at quick mock-ups than ordinary paint models\./);
    expect(text).toContain('- **A sketch model** draws line art');
    expect(text).toContain('- **A paint model** fills a whole canvas');
  });
});
