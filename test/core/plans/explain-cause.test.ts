/**
 * "Why does X happen?" of a subject with no section on why: the section on how X comes about states
 * the cause, read from the sentence that gives it; not X's definition. The section answers only when
 * it speaks of everything else asked, and only for one thing that happens.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const RUST = `---
title: Rust on bicycles
concepts:
  - name: rusting
    aliases: [rust, rusts, corrosion]
    kind: concept
  - name: bicycle chain
    aliases: [chain, chains]
    kind: concept
---
# Rust on bicycles

## Rusting

**Rusting** is the slow reddish flaking of steel parts on a bike that happens because their surface breaks down, and it is the main reason chains wear out early.

## How rusting works (why steel rusts)

Every cyclist meets it sooner or later. **Steel rusts** because iron in it reacts with water and oxygen and turns into iron oxide; salt on winter roads speeds the reaction up. Oil keeps water off the metal.

## Bicycle chain

**A bicycle chain** is the loop of steel links that carries pedal force to the rear wheel.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'rust.md': RUST }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('explain plan: why something happens', () => {
  it('leads with the cause its section on how it comes about states', () => {
    for (const q of ['why does steel rust', 'why does steel rust in the first place']) {
      const a = ask(q);
      expect(a).toMatch(/^\*\*Steel rusts\*\* because iron/);
      expect(a).not.toContain('reddish flaking');
    }
  });

  it('leaves the section aside when the question asks about something it does not speak of', () => {
    expect(ask('why does rusting cost cyclists money')).not.toMatch(/^\*\*Steel rusts\*\* because/);
  });
});
