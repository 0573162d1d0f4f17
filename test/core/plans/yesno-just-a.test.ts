/**
 * "Is X just / basically a Y?" answered from the sentences that relate the two: X defined as a Y with
 * something more is "Mostly yes" on that definition; asked the other way round it is "No"; X only
 * filed under Y (its definition names no Y) is "Not quite", one kind of Y; X set against Y in one of
 * its own sentences is "Not quite" on that sentence. A definition asked with such a yes/no after it
 * ("define X pls, is it just a Y?") leads with the same verdict, never an unrelated "Yes:" sentence.
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
  - name: loop model
    aliases: [loop models]
    kind: model-type
    broader: clip model
  - name: storyboard model
    aliases: [storyboard models]
    kind: model-type
---
# Clip models

## Clip models
A **clip model** makes short moving pictures from a written prompt, one frame after another.

## Sandbox models
A **sandbox model** is a clip model tuned further so that the viewer can steer what happens in the clip, like a small game. Steering works through the arrow keys.

## Loop models
A **loop model** repeats a few seconds of footage seamlessly, for backgrounds.

## Storyboard models
A **storyboard model** sketches the panels of a scene as still drawings.

## How storyboard models work
**Storyboard models plan a scene**: they are tuned the same way clip models are, but they stop at still panels instead of moving frames.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'clips.md': CLIPS }));
const ask = (text: string) => guide.ask({ text }).text;

describe('yes/no: is X just a Y', () => {
  it.each(['is a sandbox model just a clip model?', 'is a sandbox model basically a clip model', 'are sandbox models essentially clip models?'])('%j: mostly yes, on the definition that makes it a Y with more', (q) => {
    const a = ask(q);
    expect(a).toMatch(/^Mostly yes: a \*\*sandbox model\*\* is a clip model tuned further/);
    expect(a).toMatch(/viewer can steer/);
  });

  it('gives no "mostly yes" to a question that weighs two answers ("its own kind or just a Y?")', () => {
    expect(ask('is a sandbox model its own kind of model or just a clip model?')).not.toMatch(/^Mostly yes/);
  });

  it('no the other way round, when it is the other one that is defined as this one', () => {
    expect(ask('is a clip model just a sandbox model?')).toMatch(/^No, it is the other way round: a \*\*sandbox model\*\* is a clip model/);
  });

  it('not quite, one kind of Y, when X is only filed under Y', () => {
    expect(ask('is a loop model just a clip model?')).toMatch(/^Not quite: a loop model is one kind of clip model, not just any clip model\./);
  });

  it('not quite, on the sentence of its own that sets X against Y', () => {
    expect(ask('is a storyboard model just a clip model?')).toMatch(/^Not quite\. \*\*Storyboard models plan a scene\*\*: they are tuned the same way clip models are, but/);
  });

  it.each(['define sandbox model pls, is it just a clip model?', 'what is a sandbox model? is it basically a clip model'])('%j: the definition asked with the yes/no leads with that verdict', (q) => {
    const a = ask(q);
    expect(a).toMatch(/^Mostly yes: a \*\*sandbox model\*\* is a clip model tuned further/);
    expect(a.match(/viewer can steer/g)).toHaveLength(1);
  });
});
