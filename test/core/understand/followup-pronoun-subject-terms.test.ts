/**
 * "What are they used for in actual products?" after a turn about a kind of model: the pronoun's
 * antecedent stays the subject, and the generic noun the follow-up brings ("products") is only a term
 * of the search, so the subject's uses answer, not the definition of the generic noun.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const LOOMS = `---
title: Loom engines
concepts:
  - name: loom engine
    aliases: [loom engines]
    kind: model-type
  - name: shop product
    aliases: [shop products, products, product]
    kind: product
---
# Loom engines

## Loom engines
A **loom engine** is a model that weaves patterns of thread into cloth designs.

## What loom engines are used for
**Loom engines are used for** pattern drafts in textile mills, colour trials for fashion houses and repairs of old tapestries.

## How loom engines work
Loom engines usually specialise in one weave. Loom engines vary so widely that little holds for all loom engines.

## Openness of loom engines
Most of them are not open source: their weights stay with the mills that trained them.

## Shop products
A **shop product** is the application a shop builds around a model for its customers, such as a product page or a product search box.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'looms.md': LOOMS }));

describe('follow-up: the pronoun keeps the subject over a generic noun', () => {
  it.each(['what are they used for in actual products?', 'so what are they used for in real products'])('%j answers with the earlier subject\'s uses', (question) => {
    const a = guide.ask({ text: question, history: ['what are loom engines?'] });
    expect(a.text).toMatch(/Loom engines are used for/);
    expect(a.text).not.toMatch(/^A \*\*shop product\*\*/);
  });

  it('a yes/no follow-up still weighs the noun it asks about ("open source") in full', () => {
    const a = guide.ask({ text: 'are they usually open source?', history: ['what are loom engines?'] });
    expect(a.text).toMatch(/not open source/);
  });
});
