/**
 * "What should we do so we don't mess it up?" about something the knowledge sets out practices for
 * is answered with those practices, every one of them, not with a neighbouring case of advice or the
 * thing's definition; a question asking whether a plan is right still gets the advice on choosing.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const DISTIL = `---
title: Distillation
concepts:
  - name: distillation
    aliases: [model distillation, distilling, distil, distill]
    kind: technique
---
# Distillation

## Distillation (teacher and student)
**Distillation** trains a small student model to copy the answers of a large teacher model, so the student runs faster at a fraction of the cost.

## Distillation best practices
**Distillation best practices** come down to four habits:
- Use the teacher's full output probabilities, not only its top answer.
- Keep a held-out set the student never trains on.
- Check the student on the hardest cases, where copying breaks first.
- Retrain the student whenever the teacher changes.

## Recommendation: our model is too slow in production (distil it)
**If a model is too slow or too costly in production**, distil it into a smaller student instead of buying more hardware: the student keeps most of the quality at a fraction of the cost.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'distil.md': DISTIL }));
const ask = (text: string) => guide.ask({ text });

describe('recommendation: practices for doing something well', () => {
  it('answers "what should we do so we do not mess it up" with every practice', () => {
    const a = ask("we're thinking about distilling our own model. what should we do so we don't mess it up?");
    expect(a.text.startsWith('**Distillation best practices** come down to four habits:')).toBe(true);
    expect(a.text).toContain('- Retrain the student whenever the teacher changes.');
  });

  it('keeps the advice on choosing for a question about whether to do it', () => {
    const a = ask('our model is too slow in production, should we distil it?');
    expect(a.text).not.toContain('four habits');
  });
});

const DRIFT = `---
title: Drift
concepts:
  - name: forecast drift
    aliases: [drift]
    kind: concept
---
# Drift

## Forecast drift
**Forecast drift** is a forecasting model's slow loss of accuracy as the world moves away from its training data.

## Recommendation: retail teams (forecasting)
**Retail teams** should retrain forecasting models monthly; drift in retail is managed with monthly retraining.

## Reducing forecast drift in production (monitoring, retraining, fallbacks)
**Forecast drift in production** is kept in check, never removed, with three safeguards:
- Monitoring of error against fresh sales data.
- Retraining on a schedule and after every shock.
- A simple fallback forecast when the model strays.
`;

describe('recommendation: practices for a problem named in the question’s own words', () => {
  it('answers "how do we stop it from going stale" with the section on reducing the problem, every safeguard', () => {
    const drift = createGuide(docsKnowledgeBase({}, { 'drift.md': DRIFT }, [['forecast drift', 'going stale', 'goes stale']]));
    const a = drift.ask({ text: "we're a retail team putting a forecasting model into our planning tool. how do we stop it from going stale?" });
    expect(a.text.startsWith('**Forecast drift in production** is kept in check')).toBe(true);
    expect(a.text).toContain('- A simple fallback forecast when the model strays.');
  });
});
