/**
 * "Hosted vs local widget models for a bank": after how the two sides differ, the advice for the
 * need stated beside them closes the comparison, when that advice names one of the sides. Advice
 * that names neither side adds nothing, and a need that is only a side's own word ("local") is no purpose.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const WIDGETS = `---
title: Widget models
concepts:
  - name: hosted widget model
    aliases: [hosted widget models, hosted widgets]
    kind: model-type
  - name: local widget model
    aliases: [local widget models, local widgets]
    kind: model-type
---
# Widget models

## Hosted widget models vs local widget models
**Hosted widget models** run at the vendor and are reached over a web endpoint, while **local widget models** run on hardware you own.

## Recommendation: regulated industries (banking, healthcare)
Teams under strict compliance rules usually pick local widget models, kept on their own premises, so records never reach a vendor.
A regulated team's usual pick is local widget models.

## Recommendation: tight budgets
On a tight budget, compare the monthly bills before anything else.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'widgets.md': WIDGETS }));
const ask = (text: string) => guide.ask({ text });

describe('comparison: the purpose stated beside the sides', () => {
  it.each(['hosted widget models vs local widget models for a bank', 'hosted widget models vs local widget models for a hospital'])('%j ends with the advice for that need', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^\*\*Hosted widget models\*\* run at the vendor/);
    expect(a.text).toContain('Teams under strict compliance rules usually pick local widget models');
  });

  it('adds no advice that names neither side', () => {
    const a = ask('hosted widget models vs local widget models on a tight budget');
    expect(a.text).not.toContain('compare the monthly bills');
  });

  it.each(['hosted widget models vs local widget models for a small team', 'hosted widget models vs local widget models for our startup'])(
    '%j gets no advice written for another kind of team',
    (q) => {
      const a = ask(q);
      expect(a.kind).toBe('comparison');
      expect(a.text).not.toContain('strict compliance');
    },
  );

  it('adds nothing when no need is stated beside the sides', () => {
    const a = ask('hosted widget models vs local widget models');
    expect(a.text).not.toContain('strict compliance');
  });
});
