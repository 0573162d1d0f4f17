/**
 * "Is X basically just Y?" where Y is no concept of its own: the subject's own sections decide it when
 * one of their sentences, said of the subject by name, denies that it is Y. The answer opens with "No"
 * on that sentence, not with a concept whose name merely shares the word Y.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const WEAVERS = `---
title: AI models as weavers
concepts:
  - name: ai model
    aliases: [ai models]
    kind: concept
  - name: spreadsheet model
    aliases: [spreadsheet models, spreadsheet]
    kind: model-type
---
# AI models as weavers

## AI model (what it is)
An **AI model** is a learned pattern weaver that turns threads of input into cloth of output.

## AI models as trained weavers
An AI model is not a spreadsheet in the usual sense of cells filled in by hand; it is a woven structure learned from examples.

## Spreadsheet models
A **spreadsheet model** fills a grid of cells from a formula typed by an analyst, and it is not an AI model.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'weavers.md': WEAVERS }));

describe('yes/no: is X basically just Y, by nature', () => {
  it.each(['is an AI model basically just a spreadsheet?', 'are AI models really just spreadsheets?', 'so is an ai model merely a spreadsheet'])('%j answers No from the subject\'s own denial', (question) => {
    const a = guide.ask({ text: question });
    expect(a.text).toMatch(/^No: an AI model is not a spreadsheet in the usual sense/);
  });

  it('puts no denial in front when the subject\'s sections deny nothing of what was asked', () => {
    const a = guide.ask({ text: 'is an AI model just a pattern weaver?' });
    expect(a.text).not.toMatch(/^No: an AI model is not a spreadsheet/);
  });
});

describe('yes/no: a denial of something else is no verdict on what was asked', () => {
  const OTHER = `---
title: Tally engines
concepts:
  - name: tally engine
    aliases: [tally engines]
    kind: concept
---
# Tally engines

## Tally engine
A **tally engine** counts the beads on a string.

## Tally engines at work
A tally engine keeps spreadsheets tidy, not poems.
`;
  const other = createGuide(docsKnowledgeBase({}, { 'tally.md': OTHER }));
  it('does not answer No from a sentence whose denial comes after the asked word', () => {
    const a = other.ask({ text: 'is a tally engine basically just a spreadsheet?' });
    expect(a.text).not.toMatch(/^No: a tally engine keeps spreadsheets/);
  });
});
