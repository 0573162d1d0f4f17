/**
 * A model type its documents call still experimental says so right after its definition, in place
 * of the definition's side remarks.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const PUZZLES = `---
title: Puzzle models
concepts:
  - name: puzzle model
    aliases: [puzzle models, riddle model, riddle models]
    kind: model-type
---
# Puzzle models

## Puzzle models
**A puzzle model** is a language model tuned for logic puzzles: it solves riddles in plain words, writes checked proofs, or does both. The proof route trades ease for rigour, since each riddle must first be restated in a formal notation. Puzzle models can be built in several ways, and the whole area is still experimental.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'puzzles.md': PUZZLES }));

describe('recommendation plan: a type that is still experimental', () => {
  it('gives the definition, then the experimental caveat instead of the side remark', () => {
    const a = guide.ask({ text: 'what kind of model should we use to solve logic puzzles and riddles in plain words?' });
    expect(a.text).toMatch(/^Use \*\*a puzzle model\*\*/);
    expect(a.text).toContain('still experimental');
    expect(a.text).not.toContain('The proof route trades ease');
  });
});
