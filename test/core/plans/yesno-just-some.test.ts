/**
 * "Is a stitch just a knot?", "what even is a stitch, is it just a knot?": a "just" question claims
 * the thing is never more than the other. A sentence that grants it only in some cases ("a knot may
 * be a single stitch, while…") answers Not quite, and one that merely uses both words ("you have
 * heard the word stitches") gives no verdict at all, instead of a "Yes:" on either.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const LOOM = `# Loom basics

## Stitches
A **stitch** is a loop of thread a loom makes in one pass of its needle. A simple knot may be a single stitch, while a decorative knot can be made of several.
`;
const CHATTY = `# Loom basics

## Stitches
If you have spent any time at a loom, you have heard the knot word stitches. A **stitch** is a loop of thread a loom makes in one pass of its needle.
`;
const ask = (kb: string, text: string) => createGuide(docsKnowledgeBase({}, { 'loom.md': kb })).ask({ text, history: [] });

describe('yes/no: is X just Y, granted only in part', () => {
  it.each(['is a stitch just a knot?', 'what even is a stitch, is it just a knot?'])('%j answers Not quite from the sentence granting it in some cases', (q) => {
    const a = ask(LOOM, q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Not quite: a simple knot may be a single stitch/);
  });

  it('gives no Yes on a sentence that only uses both words', () => {
    const a = ask(CHATTY, 'is a stitch just a knot?');
    expect(a.text).not.toMatch(/^Yes/);
  });
});
