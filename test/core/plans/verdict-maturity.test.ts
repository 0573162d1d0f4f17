/**
 * "Should we bet our product on video gen right now?", "should we let an agent loose on prod?": a
 * verdict on adopting a kind its documents call immature leads with "Probably not yet", and gives
 * what holds the kind back, the limits that meet the situation's words first, instead of what the
 * kind is or a pick among its models.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KINDS = `---
title: Newer kinds of models
concepts:
  - name: clip model
    aliases: [clip models, clip generator, clip generators]
    kind: model-type
  - name: operator model
    aliases: [operator models, operator agent, operator agents]
    kind: model-type
  - name: sketch model
    aliases: [sketch models]
    kind: model-type
  - name: maze model
    aliases: [maze models]
    kind: model-type
---
# Newer kinds of models

## Clip models
**A clip model** turns a written scene into a short moving clip, frame after frame.

## Limitations of clip models
**Clip models are still experimental**, though a few studios try them, because they have trouble with:
- Clips longer than a few seconds.
- Clips whose running time changes from one request to the next.
- Clips at more than one screen size.

## Operator models
**An operator model** is a language model trained to carry out tasks with tools on its own. Operator models remain experimental.

## Limitations of operator models
**Operator models still have open problems** since the whole area is young. Few of them can be audited from the outside. They may carry built-in security risks, since a tool call can reach systems that hold real data.

## Maze models
**A maze model** draws a playable level from a short brief. Maze models are still very experimental: a couple of labs are working on them, but the type is at an early stage.

## Sketch models
**A sketch model** turns a short brief into a line drawing. Sketch models are mature and widely used by design teams.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'kinds.md': KINDS }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('verdict on adopting a kind its documents call immature', () => {
  it('leads with probably not yet, then the limits that meet the situation', () => {
    const a = ask('should we bet our product on clip models right now? we need long clips with a running time that changes');
    expect(a.text).toMatch(/^Probably not yet\. \*\*Clip models are still experimental\*\*, though a few studios try them, because they have trouble with:\n- Clips longer than a few seconds\.\n- Clips whose running time changes/);
    expect(a.text).not.toContain('screen size');
  });

  it('gives every limit when the question names none', () => {
    const a = ask('are clip models ready for production?');
    expect(a.text).toMatch(/^Probably not yet\. /);
    expect(a.text).toContain('- Clips at more than one screen size.');
  });

  it.each(['should we let an operator agent loose on our prod servers? security is worried', 'is it safe to use operator models in production?'])('answers %j with the risk the documents name', (q) => {
    const a = ask(q);
    expect(a.text).toMatch(/^Probably not yet\. \*\*Operator models still have open problems\*\* since the whole area is young\. They may carry built-in security risks/);
  });

  it('falls back on the sentence calling the kind immature when it has no section on its limits', () => {
    expect(ask('should we use a maze model for our game prototype?').text).toMatch(/^Probably not yet\. Maze models are still very experimental: /);
  });

  it('gives no such verdict on a kind its documents call mature, nor on a pick', () => {
    expect(ask('should we use a sketch model for our storyboards?').text).not.toMatch(/^Probably not yet/);
    expect(ask('which clip model should we use for long clips?').text).not.toMatch(/^Probably not yet/);
  });
});
