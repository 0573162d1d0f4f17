/**
 * "Which badges do the suppliers hold?", "what questions should we ask before picking a supplier?",
 * "what factors affect print quality?", "what are the four kinds of engines the guide covers?": a
 * request for the items of a set, named by its plural noun, is answered with the documents'
 * enumeration of that noun, whole, whatever shape the classifier gave the wording; the count asked
 * must agree with the count the documents give.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SUPPLIERS = `---
title: Picking an engine supplier
sources:
  - title: The engine buyers' guide
    publisher: Motor Review blog
concepts:
  - name: supplier badge
    aliases: [supplier badges, quality badges]
    kind: concept
---
# Picking an engine supplier

## Supplier badges

**Supplier badges** are marks an outside auditor awards to an engine supplier, and the ones to look for are TorqueMark, GreenPiston (for low emissions) and SafeBolt. Which ones matter depends on where the engine will run.

## Questions before signing a supplier

**Signing an engine supplier** is a legal step, and three questions decide whether a supplier is eligible:
- Does the supplier's contract let you inspect its workshop?
- Can the supplier deliver spare parts within a week?
- Does the supplier hold the badges your sector needs?

## Why print quality varies

Two printers given the same engine drawing rarely print it alike. Several factors shape the printed result.

- Ink: thicker inks keep fine lines sharp.
- Paper: coated paper holds colour better.
- Head speed: a slower head prints more detail.

## Engine kinds (the four kinds)

There are four kinds of engines in the buyers' guide.

### Kind 1: Steam engines

Steam engines burn fuel outside the cylinder.

### Kind 2: Diesel engines

Diesel engines ignite fuel by compression.

### Kind 3: Petrol engines

Petrol engines ignite fuel with a spark.

### Kind 4: Electric motors

Electric motors turn current into motion.

## Choosing an engine

Choosing an engine follows three steps:
- Decide the load it must carry.
- Pick a fuel.
- Compare running costs.
`;

/** An article organised by the kinds it covers, which never says in a sentence what it covers. */
const OVERVIEW = `---
title: An overview of engine types
sources:
  - title: An overview of engine types
    publisher: Garage Notes
---
# An overview of engine types

Engines come in more shapes than most buyers expect, so this piece walks through them one family at a time.

## Combustion engines

Combustion engines burn fuel inside a cylinder.

### Diesel engines

Diesel engines ignite fuel by compression alone.

### Petrol engines

Petrol engines ignite fuel with a spark plug.

## Electric motors

Electric motors turn current into motion with magnets.

## Turbines

Turbines spin blades with a flow of gas or water.

## Conclusion

Every family has a job it does best.
`;

const guide = createGuide(docsKnowledgeBase({ models: [] }, { 'suppliers.md': SUPPLIERS, 'overview.md': OVERVIEW }));
const ask = (text: string) => guide.ask({ text, history: [] });

describe('list plan: the items of a set the question names by its plural noun', () => {
  it('answers which badges with the sentence naming the badges in a series, though the name is said with its words apart', () => {
    const a = ask('which badges do the engine suppliers have');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^\*\*Supplier badges\*\* are marks .*TorqueMark, GreenPiston \(for low emissions\) and SafeBolt\./);
  });

  it('answers what questions to ask with the lead-in naming the questions and every one of them', () => {
    const a = ask('what questions should we ask before picking a supplier');
    expect(a.kind).toBe('list');
    expect(a.text).toMatch(/three questions decide whether a supplier is eligible:\n- Does the supplier's contract.*\n- Can the supplier deliver.*\n- Does the supplier hold the badges/);
  });

  it('answers what factors with the items that follow a lead-in saying several factors, not the lead-in alone', () => {
    const a = ask('what factors affect print quality');
    expect(a.text).toMatch(/^Several factors shape the printed result\.\n- Ink: .*\n- Paper: .*\n- Head speed: /);
  });

  it('answers the four kinds the guide covers with the announcement over its four sub-sections', () => {
    const a = ask('what are the four kinds of engines the guide covers');
    expect(a.text).toBe('There are four kinds of engines in the buyers\' guide.\n- Steam engines\n- Diesel engines\n- Petrol engines\n- Electric motors');
  });

  it('answers the types "the overview" goes through with its sections, each with the sections under it, when it never says what it covers', () => {
    const a = ask('what engine types does the overview go through');
    expect(a.text).toBe('"An overview of engine types" goes through three sections:\n- Combustion engines: diesel engines, petrol engines\n- Electric motors\n- Turbines');
  });
});
