/**
 * "Hosted widgets vs pocket widgets": a section whose heading weighs a pair of its own ("Hosted
 * widgets vs tower widgets") and mentions the other side only further on compares something else,
 * so the answer is not that section.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const WIDGETS = `---
title: Widget kinds
concepts:
  - name: hosted widget
    aliases: [hosted widgets]
    kind: model-type
  - name: tower widget
    aliases: [tower widgets]
    kind: model-type
  - name: pocket widget
    aliases: [pocket widgets]
    kind: model-type
---
# Widget kinds

## Hosted widgets
**A hosted widget** runs at a vendor and is reached over a web endpoint.

## Tower widgets
**A tower widget** is a widget installed on a rack in your own building.

## Pocket widgets
**A pocket widget** is a widget small enough to run on a phone.

## Hosted widgets vs tower widgets
**Hosted widgets differ from tower widgets** in who runs the hardware: the vendor or you. A pocket widget tuned from either is neither.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'widgets.md': WIDGETS }));

describe('comparison: a section weighing another pair', () => {
  it('does not answer "hosted vs pocket widgets" with the hosted-vs-tower section', () => {
    const a = guide.ask({ text: 'hosted widgets vs pocket widgets' });
    expect(a.kind).toBe('comparison');
    expect(a.text).not.toContain('Hosted widgets differ from tower widgets');
    expect(a.text).toContain('small enough to run on a phone');
  });

  it('still answers the pair the heading weighs with that section', () => {
    const a = guide.ask({ text: 'hosted widgets vs tower widgets' });
    expect(a.text).toMatch(/^\*\*Hosted widgets differ from tower widgets\*\*/);
  });
});
