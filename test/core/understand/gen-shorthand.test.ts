/**
 * "What are sound gen models still bad at?": "gen" is chat shorthand for generation, so the
 * question meets the section on the kind's limits, not a sentence about a product named "Gen-2".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { coreFixture } from '../fixture-context.js';
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

const PICTURES = `---
title: Picture generation
concepts:
  - name: picture generation model
    aliases: [image generation, image generation model]
    kind: model-type
---

# Picture generation

## Picture generation models
**A picture generation model** turns a text prompt into a picture by removing noise step by step.
`;
const pictures = coreFixture(docsKnowledgeBase({}, { 'pictures.md': PICTURES }));

describe('understanding: "img" and "image gen" name image generation', () => {
  it.each(['how does img gen work', 'how does image gen work'])('links %j to the concept named "image generation"', (q) => {
    expect(pictures.read(q).concepts.map((c) => c.name)).toContain('picture generation model');
  });

  it('keeps "gen" with a version as part of a name, not generation', () => {
    expect(pictures.read('is image gen 3 any good').concepts.map((c) => c.name)).not.toContain('picture generation model');
  });
});
