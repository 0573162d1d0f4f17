/**
 * A pick between two kinds of model ("chat vs instruct models, which for a support bot?", "the base
 * model or the chat version?") asks first how the two differ: it is answered as their comparison,
 * whether the first kind follows a purpose clause or the second is named as a "version" of its kind.
 * One kind built two ways ("X made from Y vs one trained from scratch") gets the documents' list of
 * its ways, the two items the sides name.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const KINDS = `---
title: Drawing models
concepts:
  - name: drawing model
    aliases: [drawing models]
    kind: model-type
  - name: sketch model
    aliases: [sketch models]
    kind: model-type
    broader: drawing model
  - name: ink model
    aliases: [ink models]
    kind: model-type
    broader: sketch model
---
# Drawing models

## Drawing models
A **drawing model** is a model that turns a short request into a picture drawn with lines.

## Sketch models
A **sketch model** is a drawing model that lays down loose pencil lines quickly and never commits to a final stroke.

## Ink models
An **ink model** is a sketch model given extra tuning on finished inked pages, so it commits every stroke cleanly.

## Sketch models vs ink models
**The difference between a sketch model and an ink model** is the finishing tuning: an ink model is a sketch model further tuned to commit clean final strokes.

## How ink models are built
**Ink models are built in one of two ways**:
- Keep tuning an existing sketch model on finished pages. The result still takes loose requests and talks them through.
- Train a fresh model from scratch on finished pages alone. It inks very cleanly but cannot follow a loose request.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'drawing.md': KINDS }));
const ask = (text: string) => guide.ask({ text });

describe('a pick between two kinds of model', () => {
  it('leads with the section saying how the two kinds differ', () => {
    const a = ask('sketch vs ink models, which should we use for a poster?');
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^\*\*The difference between a sketch model and an ink model\*\* is the finishing tuning/);
  });

  it('reads the first kind after a purpose clause and a "version" as a model of its kind', () => {
    const a = ask('for our poster should we grab the sketch model or the ink version?');
    expect(a.kind).toBe('comparison');
    expect(a.text).toContain('The difference between a sketch model and an ink model');
  });

  it('answers one kind built two ways with the two ways the documents list', () => {
    const a = ask("ink model made by further tuning a sketch model vs one trained from scratch, what's the practical difference");
    expect(a.kind).toBe('comparison');
    expect(a.text).toBe(
      '**Ink models are built in one of two ways**:\n- Keep tuning an existing sketch model on finished pages. The result still takes loose requests and talks them through.\n- Train a fresh model from scratch on finished pages alone. It inks very cleanly but cannot follow a loose request.',
    );
  });
});
