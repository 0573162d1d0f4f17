/**
 * A list of something that is not models ("the trade-offs between open and proprietary image
 * models", "ops checks to run before launch") is the documents' own enumeration of that noun: asked
 * with the word "models" in it, asked as a bare noun phrase, written as "there are three: A, B and C",
 * or named by a word only a synonym ties to the documents.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { enumeratedList } from '../../../src/core/plans/enumeration.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const ENGINES = `---
title: Running an engine
concepts:
  - name: operational check
    aliases: [operational checks]
    kind: concept
---
# Running an engine

## Operational checks before the first run

**Operational checks** are what a mechanic looks at before an engine starts work, and there are three: oil pressure, belt tension and coolant level. Skipping one voids most warranties.

## Engine badges

**Engine badges** are marks an outside auditor awards, and the ones to look for are TorqueMark, GreenPiston (for low emissions) and SafeBolt.
`;

const IMAGES = `---
title: Open and proprietary image models
concepts:
  - name: open image model
    aliases: [open image models]
    kind: model-type
---
# Open and proprietary image models

## Open versus proprietary image models

**Open image models trade hosting work for control.** The trade-offs in detail (open vs proprietary):
- Hosting: your own GPUs vs the vendor's servers.
- Tuning: on any private set of pictures vs only what the vendor allows.
- Price: no per-image fee vs a fee for every picture.
`;

const kb = docsKnowledgeBase({}, { 'engines.md': ENGINES, 'images.md': IMAGES }, [['operational', 'ops']]);
const guide = createGuide(kb);
const ask = (text: string) => guide.ask({ text, history: [] });
const fixture = coreFixture(kb);
/** The enumeration plan's own answer, whatever plan the question's intent would have led to first. */
const enumerated = (text: string) => enumeratedList(fixture.plan, fixture.read(text))?.blocks.map((b) => b.text).join('\n') ?? '';

describe('list plan: the documents\' own set of the noun asked', () => {
  it('answers the trade-offs between open and proprietary image models with the trade-offs, not a list of open image models', () => {
    const a = ask('what are the trade-offs between open source and proprietary image models');
    expect(a.text).toMatch(/^The trade-offs in detail \(open vs proprietary\):\n- Hosting: .*\n- Tuning: .*\n- Price: /);
  });

  it('answers a count followed by a colon and the items in a series', () => {
    expect(enumerated('what operational checks matter before the first run')).toContain('there are three: oil pressure, belt tension and coolant level');
  });

  it('answers a bare noun phrase asking for the items ("badges to look for…")', () => {
    expect(enumerated('badges to look for in an engine supplier?')).toContain('TorqueMark, GreenPiston (for low emissions) and SafeBolt');
  });

  it('finds the set when the question names its subject by a synonym only ("ops")', () => {
    expect(enumerated('what ops checks matter before launch')).toContain('there are three: oil pressure, belt tension and coolant level');
  });
});
