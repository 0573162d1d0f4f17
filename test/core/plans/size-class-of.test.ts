/**
 * "Is a 3B model small?", "what size class is a 40B model?": the size class whose range (as its
 * defining sentence states it) holds the count; a count between two ranges falls between them; a
 * count that only bounds another question ("cost of one under 7B") asks no class.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { readParamCount } from '../../../src/core/understand/param-count.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SIZES = `---
title: Widget sizes
concepts:
  - name: compact widget
    aliases: [compact widgets]
    kind: size-class
  - name: grand widget
    aliases: [grand widgets]
    kind: size-class
  - name: titan widget
    aliases: [titan widgets]
    kind: size-class
---
# Widget sizes

## Compact widgets (1B to 5B parameters)
**A compact widget** has roughly 1 billion to 5 billion parameters and suits phones.

## Grand widgets (20B to 90B parameters)
**A grand widget** has roughly 20 billion to 90 billion parameters and suits long reports.

## Titan widgets (200B+ parameters)
**A titan widget** has more than 200 billion parameters and suits research.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'sizes.md': SIZES }));
const ask = (text: string) => guide.ask({ text });

describe('size class of a parameter count', () => {
  it.each([
    ['is a 3B model compact?', /^Yes: a 3B model is a \*\*compact widget\*\*: a compact widget has roughly 1 billion to 5 billion/],
    ['is a 40B model compact', /^No: a 40B model is a \*\*grand widget\*\*/],
    ['what size class is a 40B model', /^A 40B model is a \*\*grand widget\*\*/],
    ['which size class is a 400 billion parameter model', /^A 400B model is a \*\*titan widget\*\*: a titan widget has more than 200 billion/],
    ['is a 10B model compact or grand?', /^A 10B model falls between two size classes: compact widgets have up to about 5B parameters and grand widgets start at about 20B\./],
  ])('%j', (q, lead) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(lead);
  });

  it('asks no class when the count bounds another question', () => {
    expect(ask('what does a compact widget under 5B cost?').text).not.toMatch(/is a \*\*compact widget\*\*/);
  });
});

describe('readParamCount', () => {
  it.each([
    ['is a 7B model small', 7e9],
    ['a 13 billion parameter model', 13e9],
    ['what about 1.5b', 1.5e9],
  ])('reads %j', (text, n) => expect(readParamCount(text)).toBe(n));

  it.each(['2B tokens a month', 'it cost $1B', 'llama-3-70b-instruct', 'GPT-5.1', '50B+ custom builds'])('reads no count in %j', (text) => {
    expect(readParamCount(text)).toBeUndefined();
  });
});
