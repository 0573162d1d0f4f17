/**
 * "What are sound gen models still bad at?": "gen" is chat shorthand for generation, so the
 * question meets the section on the kind's limits, not a sentence about a product named "Gen-2".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SOUND = `---
title: Sound generation models
concepts:
  - name: sound generation model
    aliases: [sound generation models, sound model, sound models]
    kind: model-type
---

# Sound generation models

## Sound generation models
**A sound generation model** is a model that makes sound clips from a text prompt.

## Leading sound generation products
**Hum Gen-2** (Hum Labs) is the best known sound product, strong for jingles.

## Limitations of sound generation models
**Sound generation models still struggle with** clips longer than a minute and with keeping one voice steady.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'sound.md': SOUND }));

describe('understanding: "gen" as shorthand', () => {
  it('reads "sound gen models" as sound generation models', () => {
    const a = guide.ask({ text: 'what are sound gen models still bad at', history: [] });
    expect(a.text).toContain('still struggle with');
    expect(a.text).not.toContain('jingles');
  });

  it('keeps the Gen of a versioned name', () => {
    const a = guide.ask({ text: 'what is hum gen-2 strong for?', history: [] });
    expect(a.text).toContain('jingles');
  });
});
