/**
 * "Wat is a prefix adapter?", "pruning, what's the point of it": a definition that says what the
 * thing is does not trail off into a sentence about the article that mentions it ("…one of the
 * methods the Lantern explainer names"), while a sentence on the thing itself still follows.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const TUNING = `# Cheap tuning

## Prefix adapters
A **prefix adapter** is a tuning method that learns a short run of extra vectors placed ahead of every input, so a frozen model picks up a new task cheaply. Prefix adapters are one of the tuning methods the Lantern explainer names for speech models.

## Pruning
**Pruning** is a technique that removes the weights a model barely uses, so it needs less memory and answers sooner. For small devices, the Lantern explainer recommends a pruned model over a full one.

## Weight sharing
**Weight sharing** is a technique that lets several layers reuse one set of weights, so the model has fewer numbers to store. Shared layers can be trained as fast as ordinary ones.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'tuning.md': TUNING }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('definition plan: no trailing sentence about the source', () => {
  it.each([
    ['wat is a prefix adapter? saw it on some forum', 'A **prefix adapter** is a tuning method'],
    ["pruning — what's the point of it", '**Pruning** is a technique'],
  ])('answers %j with what the thing is and stops before the article that names it', (q, opening) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(opening)).toBe(true);
    expect(a.text).not.toMatch(/explainer/);
  });

  it('keeps a following sentence that speaks of the thing itself', () => {
    expect(ask('what is weight sharing?').text).toContain('Shared layers can be trained as fast as ordinary ones.');
  });

  it('still quotes the article when the question asks what it says', () => {
    expect(ask('what does the Lantern explainer recommend for small devices?').text).toMatch(/Lantern explainer recommends a pruned model/);
  });
});
