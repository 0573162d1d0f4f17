/**
 * "What makes a model good, bullet list pls": when no plan's shape fits, the section whose heading
 * the question holds word for word answers, its lead-in said with its items; a question that only
 * shares three common words with a heading, or adds words the knowledge does not know, is not it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const GOOD = `---
title: Widget quality
concepts:
  - name: widget
    aliases: [widgets]
    kind: concept
---
# Widget quality

## Widgets
**A widget** is a small device that does one job.

## What makes a widget good
**A good widget** is the one that fits the job; no widget is best at everything. What to look for, by job:
- Speed: a light frame.
- Reach: a long arm.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'good.md': GOOD }));
const ask = (text: string) => guide.ask({ text });

describe('a question that holds a section heading', () => {
  it.each(['what makes a widget good?', 'so what makes a widget good'])('%j gets the section with its items', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^\*\*A good widget\*\* is the one that fits the job; no widget is best at everything\. What to look for, by job:\n- Speed: a light frame\.\n- Reach: a long arm\./);
  });

  it('is not found in a question with words the knowledge does not know beside the heading', () => {
    expect(ask('what makes a widget good at karaoke in lisbon').text).not.toContain('A good widget');
  });
});
