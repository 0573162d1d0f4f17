/**
 * "Is X just a Y?" where the knowledge has X as one kind of Y: the verdict is "Not quite", X being one
 * kind of Y, followed by X's definition; not a bare "Yes:" glued to the definition.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const CLIPS = `---
title: Clip models
concepts:
  - name: clip model
    aliases: [clip models, video clip model]
    kind: model-type
  - name: sandbox model
    aliases: [sandbox models]
    kind: model-type
    broader: clip model
---
# Clip models

## Clip models
A **clip model** makes short moving pictures from a written prompt, one frame after another.

## Sandbox models
A **sandbox model** is a clip model tuned further so that the viewer can steer what happens in the clip, like a small game.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'clips.md': CLIPS }));

describe('yes/no: is X just a Y', () => {
  it.each(['is a sandbox model just a clip model?', 'is a sandbox model basically a clip model'])('%j answers "Not quite" with the kind relation', (question) => {
    const a = guide.ask({ text: question });
    expect(a.text).toMatch(/^Not quite: a sandbox model is one kind of clip model, not just any clip model\./);
    expect(a.text).toMatch(/viewer can steer/);
  });
});
