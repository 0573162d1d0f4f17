/**
 * Asked for an approach, what a technique is used for ("style adapters keep one art style") is the
 * advice, even when the topic's words retrieve many sections about the topic first.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const STYLE = `---
title: Style work
concepts:
  - name: style adapter
    aliases: [style adapters]
    kind: technique
---
# Style work

## Style adapters
**A style adapter** is a small add-on trained next to a frozen model.

## What style adapters are used for
**Style adapters are used by illustrators** to keep one art style consistent across every generated image.

## Image topic 0
Image generation models make images; image model number 0 makes pictures in a cartoon style for image teams.

## Image topic 1
Image generation models make images; image model number 1 makes pictures in a cartoon style for image teams.

## Image topic 2
Image generation models make images; image model number 2 makes pictures in a cartoon style for image teams.

## Image topic 3
Image generation models make images; image model number 3 makes pictures in a cartoon style for image teams.

## Image topic 4
Image generation models make images; image model number 4 makes pictures in a cartoon style for image teams.

## Image topic 5
Image generation models make images; image model number 5 makes pictures in a cartoon style for image teams.

## Image topic 6
Image generation models make images; image model number 6 makes pictures in a cartoon style for image teams.

## Image topic 7
Image generation models make images; image model number 7 makes pictures in a cartoon style for image teams.

## Image topic 8
Image generation models make images; image model number 8 makes pictures in a cartoon style for image teams.

## Image topic 9
Image generation models make images; image model number 9 makes pictures in a cartoon style for image teams.

## Image topic 10
Image generation models make images; image model number 10 makes pictures in a cartoon style for image teams.

## Image topic 11
Image generation models make images; image model number 11 makes pictures in a cartoon style for image teams.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'style.md': STYLE }));

describe('recommendation plan: an approach from what a technique is used for', () => {
  it('answers "what is the approach" with the technique whose use meets the need', () => {
    const a = guide.ask({ text: 'we want every generated image in one consistent cartoon style, what is the approach?' });
    // The technique leads, with what it is, then the use that meets the need.
    expect(a.text).toMatch(/^Use \*\*a style adapter\*\*, a small add-on trained next to a frozen model\. \*\*Style adapters are used by illustrators\*\* to keep one art style consistent/);
  });
});
