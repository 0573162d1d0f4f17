/**
 * A follow-up that picks one item of the earlier answer's list ("which of those stages makes it
 * safe?", "which one is for video?") gets that item, chosen by the follow-up's own words, read with
 * the section of the concept the item names when the list line alone does not hold them.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const STAGES = `---
title: Building a model
concepts:
  - name: training stages
    aliases: [stages of training, training steps]
    kind: concept
---
# Building a model

## Training stages
Training a model runs through four stages:
- Gathering: collecting large corpora of text, code and pictures.
- Pre-training: self-supervised learning on the whole corpus.
- Fine-tuning: adapting the model to one domain with a smaller curated set.
- Alignment: feedback from human raters, so outputs become safer and more helpful.

## Benchmarks that matter
Two benchmarks matter most when teams evaluate models:
- SWE-bench Verified: repairing real bugs.
- VBench: motion smoothness and subject consistency.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'stages.md': STAGES }));
const ask = (text: string, history: string[]) => guide.ask({ text, history });

describe('follow-up picking one item of the last list', () => {
  it('picks the item the follow-up words describe', () => {
    const a = ask('which of those stages makes it safe for users?', ['what are the stages of training']);
    expect(a.text).toMatch(/^\*\*Alignment\*\*: feedback from human raters/);
    expect(a.text).not.toContain('Gathering');
  });

  it('reads an item with the section of the concept it names', () => {
    const a = ask('which one is for video?', ['which benchmarks matter when teams evaluate models?']);
    expect(a.text).toMatch(/^\*\*VBench\*\*/);
    expect(a.text).toContain('scores video generators');
  });

  it('does not pick when the words fit no item better than another', () => {
    const a = ask('which of those is oldest?', ['what are the stages of training']);
    expect(a.text).not.toMatch(/^\*\*(?:Gathering|Pre-training|Fine-tuning|Alignment)\*\*:/);
  });
});
