/**
 * A follow-up about the model the last answer picked ("why that one?", "why not X instead?", "can we
 * fine-tune it?", "what would we need to run it?") is answered about that model, from its entry and
 * from what the documents say of its kinds, not with the situation's advice or the pick again.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { parseKnowledgeText } from '../../../src/knowledge/load/index.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { model } from '../fixture-kb.js';

const KINDS = `---
title: Kinds of loom model
concepts:
  - name: open model
    aliases: [open models, open-weight model, open-weight models, open weights]
    kind: model-type
  - name: proprietary model
    aliases: [proprietary models, closed model, closed models]
    kind: model-type
  - name: image generation model
    aliases: [image generation models, image model, image models]
    kind: model-type
  - name: fine-tuning
    aliases: [fine tuning, fine-tune, fine-tuned]
    kind: technique
---
# Kinds of loom model

## Open models
An **open model** publishes its weights, so a mill can run it on machines it owns.

## Open model trade-offs
**Open models carry no licence fee but need a rack of GPU servers** that the mill must buy, power and keep running, at a few hundred crowns of compute a week.

## When to choose an open model
- House patterns: open weights can be fine-tuned on the mill's own pattern archive without handing it to a vendor.

## Proprietary models
A **proprietary model** is reached only through its maker's service; its weights stay with the maker.

## Choosing a proprietary model
Proprietary models need no machines of their own, though they bill per request and allow only limited fine-tuning.

## Image generation models
An **image generation model** turns a written brief into a woven pattern picture.

## Choosing an image generation model
Pick an image generation model by what matters most: the look of the pattern, how closely it follows the brief, or where it runs.

## Fine-tuning
**Fine-tuning** trains an existing model further on a mill's own examples.

## What fine-tuning costs
Fine-tuning a pattern model takes about three weeks and costs $4,000 to $9,000 in compute and review.
`;

const CATALOG = [
  model({ name: 'Loomwright 2', developer: 'Shuttle Labs', access: 'open', categories: ['image'], strengths: ['runs on the mill floor', 'the most used open pattern model'], use_cases: ['on-premise pattern pictures'], deployment: ['self-hosted', 'on-premise'], notes: ['Mills that keep pattern pictures on their own servers usually start with Loomwright 2.'] }),
  model({ name: 'Bobbin Art', developer: 'Spool Inc', access: 'proprietary', categories: ['image'], strengths: ['the most striking patterns'], deployment: ['api'] }),
  model({ name: 'Quill Weave', developer: 'Heddle AI', access: 'proprietary', categories: ['code'], strengths: ['best at loom control programs'], pricing: { input_per_1m: 2, output_per_1m: 8 }, deployment: ['api'] }),
];

function knowledge(): KnowledgeBase {
  const file = parseKnowledgeText('kinds.md', 'markdown', KINDS);
  return { dir: '/fixture', documents: file.document ? [file.document] : [], passages: file.passages, models: CATALOG, synonyms: [], concepts: file.concepts ?? [], problems: [], loadedAt: new Date(0), hash: 'pick-followup' };
}

const guide = createGuide(knowledge());
const images = ['which model should we use to make pattern pictures on our own servers?'];

describe('the reason for a pick', () => {
  it('picks the open image model for the thread to follow', () => {
    expect(guide.ask({ text: images[0]!, history: [] }).text).toMatch(/^\*\*Loomwright 2\*\*/);
  });

  it('answers "why that one?" with what the picked model offers for the need it names, not the choosing advice', () => {
    const a = guide.ask({ text: 'why that one?', history: images });
    expect(a.text).toMatch(/^\*\*Loomwright 2\*\* was the pick for image generation on your own machines: /);
    expect(a.text).toContain('runs on the mill floor');
    expect(a.text).toContain('usually start with Loomwright 2');
    expect(a.text).not.toContain('Pick an image generation model by what matters most');
  });

  it('answers "why not X instead?" by setting the pick against the model named', () => {
    const a = guide.ask({ text: 'why not Bobbin Art instead?', history: images });
    expect(a.text).toMatch(/^\*\*Loomwright 2\*\* was the pick over Bobbin Art for image generation on your own machines: /);
    expect(a.text).toContain('**Bobbin Art** is proprietary, so it cannot run on your own machines.');
  });
});

describe('whether the picked model can be fine-tuned', () => {
  it('answers from what the documents say of its kind, then what fine-tuning takes', () => {
    const a = guide.ask({ text: 'can we fine-tune it?', history: images });
    expect(a.text).toMatch(/^Yes: Loomwright 2 is an open model, and open weights can be fine-tuned on the mill's own pattern archive/);
    expect(a.text).toContain('takes about three weeks and costs $4,000 to $9,000');
    expect(a.text).not.toContain('no per-token fee');
  });

  it('grants a proprietary model only limited fine-tuning', () => {
    expect(guide.ask({ text: 'can we fine-tune Quill Weave?' }).text).toMatch(/^Only in part: Quill Weave is a proprietary model, and proprietary models need no machines of their own, though they bill per request and allow only limited fine-tuning\./);
  });
});

describe('what running the picked model takes', () => {
  it('gives what hosting its kind takes, saying the documents have no figures for the model itself', () => {
    const a = guide.ask({ text: 'what would we need to run it?', history: images });
    expect(a.text).toMatch(/^\*\*Loomwright 2\*\* has open weights, so you would host it on infrastructure of your own\. My documents give no hardware figures for Loomwright 2 itself/);
    expect(a.text).toContain('need a rack of GPU servers');
  });

  it('says a proprietary model has nothing to host, with its price', () => {
    expect(guide.ask({ text: 'what hardware would we need to run Quill Weave?' }).text).toBe("Nothing to host: **Quill Weave** is proprietary, so it runs only through Heddle AI's API or apps, and you pay per token ($2.00 input / $8.00 output per 1M tokens) instead of running machines of your own.");
  });
});
