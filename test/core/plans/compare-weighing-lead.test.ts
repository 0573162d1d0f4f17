/**
 * Two kinds answered by a line on each, when neither line says how they differ: a sentence of
 * either side's section that weighs one against the other leads, so the answer opens on the
 * difference and names both sides before the lines.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const LOOMS = `---
title: Looms
concepts:
  - name: hand loom
    aliases: [hand looms]
    kind: model-type
  - name: power loom
    aliases: [power looms]
    kind: model-type
---
# Looms

## Hand looms
**A hand loom** is worked by a weaver who throws the shuttle and beats the weft by hand. Weavers keep hand looms in small studios. Hand looms give finer control over each pick than power looms.

## Power looms
**A power loom** is driven by a motor that moves the shuttle and the beater on its own.

## Frame looms vs rigid heddle looms
**Frame looms and rigid heddle looms** both suit scarves and table runners, and either fits on a kitchen table beside a hand loom or a power loom.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'looms.md': LOOMS }));
const ask = (text: string) => guide.ask({ text }).text;

describe('comparison by lines led by a weighing sentence', () => {
  it.each(['power loom or hand loom for table runners?', 'power looms vs hand looms for table runners', 'hand loom or power loom for table runners'])('%j opens on the sentence that weighs the two', (q) => {
    const text = ask(q);
    expect(text).toMatch(/^Hand looms give finer control over each pick than power looms\./);
    expect(text).toContain('- **A hand loom** is worked by a weaver');
    expect(text).toContain('- **A power loom** is driven by a motor');
  });
});
