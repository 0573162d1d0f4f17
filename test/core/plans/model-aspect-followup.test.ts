/**
 * A follow-up that asks an aspect of its own ("whats the catch?", "what's it good at?") is asked of
 * the model the last answer picked, not of the last question's situation; a model's limits are its
 * own recorded ones and those the documents give for the kinds of model it is.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { parseKnowledgeText } from '../../../src/knowledge/load/index.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { model } from '../fixture-kb.js';
import { coreFixture } from '../fixture-context.js';
import { understand } from '../../../src/core/understand/understand.js';

const KINDS = `---
title: Kinds of loom model
concepts:
  - name: open model
    aliases: [open models, open-weight model, open-weight models]
    kind: model-type
  - name: image generation model
    aliases: [image generation models, image model, image models]
    kind: model-type
  - name: code generation model
    aliases: [code generation models, code model, code models]
    kind: model-type
---
# Kinds of loom model

## Open models
An **open model** publishes its weights, so a mill can run it on machines it owns.

## Limitations of open models
**Open models carry no licence fee but need a rack of graphics cards** that the mill must buy, power and keep running.

## Image generation models
An **image generation model** turns a written brief into a woven pattern picture.

## Choosing an image generation model
Pick an image generation model by what matters most: the look of the pattern, how closely it follows the brief, or where it runs.

## Limitations of image generation models
**Image generation models cost far more to run per picture than a text model per paragraph**, so high volumes need budgeting up front.

## Code generation models
A **code generation model** writes loom control programs from a description of the weave.

## Limitations of code generation models
**Code generation models write programs that look right but sometimes miss a stitch**, so every program is checked on a test loom first.
`;

const CATALOG = [
  model({ name: 'Loomwright 2', developer: 'Shuttle Labs', access: 'open', categories: ['image'], strengths: ['runs on the mill floor', 'learns a house pattern style'], use_cases: ['on-premise pattern pictures'], deployment: ['self-hosted', 'on-premise'] }),
  model({ name: 'Bobbin Art', developer: 'Spool Inc', access: 'proprietary', categories: ['image'], strengths: ['the most striking patterns'], deployment: ['api'] }),
  model({ name: 'Quill Weave', developer: 'Heddle AI', access: 'proprietary', categories: ['code'], strengths: ['best at loom control programs'], limitations: ['programs need a read-through before they run'], deployment: ['api'] }),
];

function knowledge(): KnowledgeBase {
  const file = parseKnowledgeText('kinds.md', 'markdown', KINDS);
  return { dir: '/fixture', documents: file.document ? [file.document] : [], passages: file.passages, models: CATALOG, synonyms: [], concepts: file.concepts ?? [], problems: [], loadedAt: new Date(0), hash: 'model-aspect' };
}

const guide = createGuide(knowledge());

describe('an aspect asked after a pick', () => {
  const history = ['which model should we use to make pattern pictures on our own servers?'];

  it('picks the open image model for the thread to follow', () => {
    expect(guide.ask({ text: history[0]!, history: [] }).text).toMatch(/^\*\*Loomwright 2\*\*/);
  });

  it('answers "whats the catch?" with the limits of the picked model and its kinds, not the last question\'s choosing advice', () => {
    const a = guide.ask({ text: 'whats the catch?', history });
    expect(a.text).toMatch(/^\*\*Loomwright 2\*\* is an open model and an image generation model/);
    expect(a.text).toContain('need a rack of graphics cards');
    expect(a.text).toContain('cost far more to run per picture');
    expect(a.text).not.toContain('Pick an image generation model by what matters most');
  });

  it('reads "any risks if we roll that out?" the same way', () => {
    expect(guide.ask({ text: 'any risks if we roll that out?', history }).text).toContain('need a rack of graphics cards');
  });

  it('answers "what\'s it good at" with the picked model\'s strengths as one sentence of its name, then its uses', () => {
    expect(guide.ask({ text: "what's it good at", history }).text).toBe('Loomwright 2 runs on the mill floor and learns a house pattern style. Typical uses: on-premise pattern pictures.');
  });
});

describe('an aspect asked after a kind was picked', () => {
  it('keeps the kind as the subject when that answer named an example model', () => {
    const f = coreFixture(knowledge());
    const picked = f.turn('what kind of model should we use to make pattern pictures?', { models: [f.model('Loomwright 2')] });
    const u = understand('downsides?', f.uctx, picked);
    expect(u.concepts.map((c) => c.name)).toContain('image generation model');
  });

  it('stays with the kind, not with a model the answer gave as its example', () => {
    const a = guide.ask({ text: 'downsides?', history: ['what kind of model should we use to make pattern pictures?'] });
    expect(a.text).toMatch(/^\*\*Image generation models cost far more to run per picture/);
    expect(a.text).not.toContain('Loomwright');
  });
});

describe('the limits of a named model', () => {
  it('gives its own recorded limitations first, then its narrowest kind\'s', () => {
    const a = guide.ask({ text: 'what are the downsides of Quill Weave?' });
    expect(a.text).toMatch(/^\*\*Quill Weave\*\*'s limitations: programs need a read-through before they run\./);
    expect(a.text).toContain('sometimes miss a stitch');
  });
});
