/**
 * "Why does X matter?" with no section on why X matters: what X trades off says what it is worth;
 * its definition only says what it is, and is no supporting paragraph for the reason either.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const TANKS = `---
title: Fuel tanks
concepts:
  - name: tank volume
    aliases: [tank size, tank capacity, how many litres a tank holds]
    kind: concept
  - name: litres
    aliases: [litre, liters]
    kind: concept
---
# Fuel tanks

## Litres: what the number on a tank means

**Litres** are the unit a tank's volume is counted in; the "40" on a tank's label counts litres of fuel it can hold.

## Tank volume

**Tank volume** is how many litres of fuel a tank holds when full.

## Tank volume trade-offs

**A bigger tank is not always better**: more litres carry a vehicle further between stops, but they weigh more and cost more to fill. Small tanks win on weight, while large ones win on range.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'tanks.md': TANKS }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('explain plan: why a property matters', () => {
  it('answers with what the property trades off, not what it is', () => {
    for (const q of ['Why does tank size matter?', 'why is tank volume important?']) {
      const a = ask(q);
      expect(a).toContain('not always better');
      expect(a).not.toContain('is how many litres');
      expect(a).not.toContain('unit a tank');
    }
  });
});

describe('explain plan: support for a reason (default knowledge)', () => {
  let real: ReturnType<typeof createGuide>;
  beforeAll(async () => {
    real = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
  });
  it('adds no defining sentence of another concept after the reason', () => {
    const a = real.ask({ text: "why does a model's parameter count matter?", history: [] }).text;
    expect(a).toMatch(/compute|cost/);
    expect(a).not.toMatch(/are the learnable numbers/);
  });
});
