/**
 * The list plan gives every item with the count; the ranking plan ranks by a figure within the
 * scope the question gives (a category, "which of those"), saying what it ranks on.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });
const bolded = (text: string) => [...text.matchAll(/^- \*\*([^*]+)\*\*/gm)].map((m) => m[1]);

describe('list plan: catalog models', () => {
  it.each([
    ['list the open source image models', ['Gamma Diffusion 3', 'Delta Flux']],
    ['what image models are there', ['Gamma Diffusion 3', 'Delta Flux', 'Pixel Studio 7']],
    ['which audio models are there?', ['Tone Voice 3', 'Echo Scribe 2']],
    ['list the frontier models', ['Alpha 2 Pro', 'Beta 1']],
    ['name the frontier models', ['Alpha 2 Pro', 'Beta 1']],
  ])('lists every model that fits %j, with the count', (question, expected) => {
    const a = ask(question);
    expect(a.kind).toBe('list');
    expect(bolded(a.text).sort()).toEqual([...expected].sort());
    expect(a.text).toMatch(new RegExp(`^${expected.length} models in my documents fit:`));
  });

  it('labels each model with its maker and openness', () => {
    expect(ask('list the open source image models').text).toContain('- **Delta Flux** (Delta Labs, open source): best prompt fidelity');
  });

  it('filters the last list: "which of those are open source?"', () => {
    const a = ask('which of those are open source?', ['what image models are there']);
    expect(a.text).toBe('Of those, **Gamma Diffusion 3** and **Delta Flux** are open source; **Pixel Studio 7** is not.');
  });
});

const ENGINES = `---
title: Engines
concepts:
  - name: engine
    aliases: [engines]
    kind: concept
  - name: steam engine
    aliases: [steam engines]
    kind: model-type
    broader: engine
  - name: diesel engine
    aliases: [diesel engines]
    kind: model-type
    broader: engine
  - name: electric engine
    aliases: [electric engines]
    kind: model-type
    broader: engine
  - name: hybrid engine
    aliases: [hybrid engines]
    kind: model-type
    broader: engine
  - name: solar engine
    aliases: [solar engines]
    kind: model-type
    broader: engine
  - name: wind engine
    aliases: [wind engines]
    kind: model-type
    broader: engine
  - name: tidal engine
    aliases: [tidal engines]
    kind: model-type
    broader: engine
  - name: nuclear engine
    aliases: [nuclear engines]
    kind: model-type
    broader: engine
---
# Engines

## Engines

**An engine** turns energy into motion.

## Steam engines (the steam kind)

**A steam engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

## Diesel engines (the diesel kind)

**A diesel engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

## Electric engines (the electric kind)

**A electric engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

## Hybrid engines (the hybrid kind)

**A hybrid engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

## Solar engines (the solar kind)

**A solar engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

## Wind engines (the wind kind)

**A wind engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

## Tidal engines (the tidal kind)

**A tidal engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

## Nuclear engines (the nuclear kind)

**A nuclear engine** is a kind of engine that does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team does a long and careful job of turning one thing into another thing for the team.

`;

describe('list plan: kinds and items in the documents', () => {
  it('names each kind as its section does when the descriptions are too long to read whole', () => {
    const engines = createGuide(docsKnowledgeBase({ models: [] }, { 'engines.md': ENGINES }));
    const a = engines.ask({ text: 'what kinds of engines are there?', history: [] });
    expect(a.text).toMatch(/^My documents describe 8 kinds of engine:\n- Steam engines\n- Diesel engines\n/);
  });

  it('lists every kind filed under a concept, with the count', () => {
    const a = ask('what kinds of generative models are there?');
    expect(a.text).toMatch(/^My documents describe 3 kinds of generative model:/);
    for (const kind of ['diffusion model', 'generative adversarial network', 'variational autoencoder']) expect(a.text).toContain(kind);
  });

  it('keeps a list from the documents whole, with its lead-in', () => {
    const a = ask('list the things VAEs are used for');
    expect(a.text).toContain('three main areas:');
    expect(a.text.match(/^- /gm)).toHaveLength(3);
  });
});

describe('ranking plan', () => {
  it.each([
    ['which model has the longest context window?', 'Beta 1', 'has the largest context window', '2M (2,000,000) tokens'],
    ['cheapest frontier model?', 'Beta 1', 'is the cheapest', '$1.25 input / $5.00 output per 1M tokens'],
    ['which model has the highest SWE-bench score?', 'Alpha 2 Pro', 'ranks first on that benchmark', '70.6% on SWE-bench Verified'],
    ['which provider has the largest enterprise API share?', 'Alpha 2 Pro', 'ranks first on enterprise API share', '40%'],
  ])('ranks %j and says what it ranks on', (question, first, standing, value) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith(`**${first}** (${CATALOG.find((m) => m.name === first)!.developer}) ${standing}: **${value}**.`)).toBe(true);
  });

  it('gives the runners-up in order', () => {
    expect(ask('which model has the longest context window?').text).toContain('Next: Alpha 2 Pro (200K (200,000) tokens); Omni Open 4 (128K (128,000) tokens).');
  });

  it('ranks within the category asked', () => {
    const a = ask('which llm has the biggest context window?');
    expect(a.text).toMatch(/^\*\*Beta 1\*\*/);
    const image = ask('which image model has the longest context window?');
    expect(image.text).not.toMatch(/Beta 1|Alpha 2 Pro|Omni Open 4/);
  });

  it('ranks within what the last answer listed', () => {
    const a = ask('which of those has the largest context window?', ['list the frontier models']);
    expect(a.text).toMatch(/^Of those, \*\*Beta 1\*\*/);
    expect(a.text).not.toContain('Omni Open 4');
  });

  it('says when the figure is not known for the models in scope', () => {
    const a = ask('which image model is the most expensive?');
    expect(a.answered).toBe(false);
    expect(a.text).toBe("My documents don't give a price for the image models.");
  });

  it('picks by a strength when the ranking is on a need, not a figure', () => {
    expect(ask('which of them is best at sticking to the prompt?', ['what image models are there']).text).toMatch(/^\*\*Delta Flux\*\*/);
  });
});
