/**
 * The explanation plans: a definition leads with the defining sentence (with its mechanism); an
 * aspect (how it works, uses, limitations, examples, why) comes from the subject's own section on it.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const TEAM = `# Search notes

## Vector databases
A **vector database** stores embeddings and finds the stored items nearest to a query embedding.

## Vector database use cases
Shops put one behind product search, so a query for "red trail shoes" finds items described in other words.

## Limitations of vector databases
Nearest-neighbour search returns something even when nothing relevant is stored, and exact filters on price or date remain awkward.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'team.md': TEAM }));
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

describe('definition plan', () => {
  it.each([
    ['what is a GAN?', 'A **generative adversarial network (GAN)** trains two networks', ['generator', 'discriminator']],
    ['whats a VAE', 'A **variational autoencoder (VAE)** squeezes', ['encoder', 'decoder']],
    ['eli5 diffusion models', 'A **diffusion model** creates an image', ['noise']],
    ['define RAG', '**Retrieval-augmented generation (RAG)** fetches', ['question time']],
    ['what is a vector database', 'A **vector database** stores embeddings', ['nearest']],
  ])('leads %j with the defining sentence and its mechanism', (question, opening, mechanism) => {
    const a = ask(question);
    expect(a).toMatchObject({ kind: 'definition', answered: true });
    expect(a.text.startsWith(opening)).toBe(true);
    for (const word of mechanism) expect(a.text).toContain(word);
  });

  it('cites the section that defines the subject, with its own source', () => {
    const a = ask('what is a GAN?');
    expect(a.sources[0]).toMatchObject({ path: 'generative.md', section: 'Generative adversarial networks (GANs)', url: 'https://lanternreview.example/field-notes' });
  });

  it('keeps a definition short', () => {
    expect(ask('what is a reasoning model?').text.length).toBeLessThanOrEqual(600);
  });

  it('defines a catalog model from its entry', () => {
    const a = ask('what is Alpha 2 Pro?');
    expect(a.text).toMatch(/^Alpha 2 Pro is a proprietary large language model \(LLM\) from Acme/);
    expect(a.sources[0]).toMatchObject({ section: 'Alpha 2 Pro' });
  });

  it('answers a concept named by a synonym phrase from its own section, not a neighbour that shares a word', () => {
    const a = ask("what's the token limit thing people talk about");
    expect(a.sources[0]?.section).toBe('Context window');
    expect(a.text).toContain('counted in tokens');
  });
});

const BIKES = `---
title: Bike families
concepts:
  - name: bike family
    aliases: [bike families, touring variant, touring variants, racing variant, racing variants]
    kind: concept
---
# Bike families

## Bike families

A **bike family** is the set of frames a maker builds on one design and sells in several versions.

The variants in a family:
- Racing variants: lighter frames with a low, stretched position for speed.
- Touring variants: sturdier frames with racks and wide tyres for long loaded trips.
`;
const bikes = createGuide(docsKnowledgeBase({ models: [] }, { 'bikes.md': BIKES }));

describe('definition plan: a quoted narrower name', () => {
  it('answers with what defines the quoted name, in either spelling, not the whole family', () => {
    const a = bikes.ask({ text: "what counts as a 'touring variant' when a maker sells a bunch of versions?", history: [] });
    expect(a.text).toBe('Touring variants: sturdier frames with racks and wide tyres for long loaded trips.');
  });

  it('still defines the concept itself when the quote is its own name', () => {
    expect(bikes.ask({ text: "what is a 'bike family'?", history: [] }).text).toMatch(/^A \*\*bike family\*\* is the set of frames/);
  });
});

describe('aspect plans', () => {
  it.each([
    ['how do diffusion models actually work under the hood?', 'How diffusion models work'],
    ['how do diffusion models work', 'How diffusion models work'],
    ['what are GANs used for?', 'What GANs are used for'],
    ['what are vector databases used for?', 'Vector database use cases'],
    ['what are the drawbacks of diffusion models?', 'Limitations of diffusion models'],
    ["what's the catch with diffusion models?", 'Limitations of diffusion models'],
    ["what's the catch with vector databases?", 'Limitations of vector databases'],
    ['why do models hallucinate?', 'Why models hallucinate'],
    ['any examples of VAEs?', 'VAE examples'],
  ])('answers %j from the section %j', (question, section) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.section).toBe(section);
  });

  it('opens an aspect answer with the section, not with a definition', () => {
    const a = ask('what are GANs used for?');
    expect(a.text.startsWith('Banks use GANs to produce synthetic transaction records')).toBe(true);
  });

  it('lists every example a section announces', () => {
    const a = ask('any examples of VAEs?');
    expect(a.text).toMatch(/three main areas:/);
    expect(a.text.match(/^- /gm)).toHaveLength(3);
  });

  it('explains how a thing works from its definition when it has no section on that', () => {
    const a = ask('how do GANs work?');
    expect(a.text).toContain('a generator that forges samples and a discriminator');
  });

  it('adds at most one supporting paragraph', () => {
    for (const q of ['what are vector databases used for?', 'how do diffusion models actually work under the hood?', 'what is a GAN?']) {
      expect(ask(q).text.split('\n\n').length, q).toBeLessThanOrEqual(2);
    }
  });

  it('reads the aspect of a follow-up against the subject of the turn before', () => {
    const a = ask('any downsides?', ["what's a diffusion model?"]);
    expect(a.sources[0]?.section).toBe('Limitations of diffusion models');
    expect(a.text).toContain('denoising passes');
  });
});

describe('a definition asked with another aspect', () => {
  it('opens "what is X? and what is it used for?" with what X is, then the uses', () => {
    const a = ask('what is a GAN? and what is it used for?');
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('A **generative adversarial network (GAN)** trains two networks')).toBe(true);
    expect(a.text).toContain('synthetic transaction records');
  });

  it('keeps the aspect alone when the question only asks for it', () => {
    const a = ask('what are GANs used for?');
    expect(a.text).toContain('synthetic transaction records');
    expect(a.text).not.toContain('trains two networks');
  });
});

describe('a definition behind a label', () => {
  const LEDGER = `# Shop books

## What a ledger actually is
Think of it like this: a notebook someone wrote in by hand holds notes in any order, and some of them go missing before the month ends.

💡 Quick definition: A ledger is a book that records every sale and payment in the order they happen.
`;
  const g = createGuide(docsKnowledgeBase({}, { 'ledger.md': LEDGER }));

  it('answers "what is X?" with the sentence a "Quick definition:" label introduces, not the warm-up before it', () => {
    const a = g.ask({ text: "ok eli5 — a 'ledger' is... what, exactly? just a notebook someone wrote in?", history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('records every sale and payment');
    expect(a.text).not.toContain('Think of it like this');
  });

  it('quotes the labelled definition without its label', () => {
    const a = g.ask({ text: "ok eli5 — a 'ledger' is... what, exactly? just a notebook someone wrote in?", history: [] });
    expect(a.text.startsWith('A ledger is a book')).toBe(true);
  });
});

describe('a definition that also asks for a figure', () => {
  const TALLY = `# Shop books

## Tally sticks
A **tally stick** is a piece of wood notched to record a debt, then split in two so that lender and borrower each keep a half. Matching the halves proves the debt.

Tally sticks were used for centuries. A typical stick is about 20 centimetres long.
`;
  const g = createGuide(docsKnowledgeBase({}, { 'tally.md': TALLY }));

  it('adds the sentence of its section that states the figure ("how big is one roughly?")', () => {
    const a = g.ask({ text: 'whats a tally stick. how big is one roughly', history: [] });
    expect(a.text.startsWith('A **tally stick** is a piece of wood')).toBe(true);
    expect(a.text).toContain('about 20 centimetres long');
  });
});

describe('a quoted term no concept holds', () => {
  const RELEASE = `# Release notes

## What ships in a release
A single build produces one app, but teams ship it in several editions, each packaged for a different kind of customer:
- Trial editions: limited to 30 days, with every feature switched on.
- Team editions: shared billing and admin controls for a whole department.
- Offline editions: run without a network connection, for air-gapped sites.
`;
  const g = createGuide(docsKnowledgeBase({}, { 'release.md': RELEASE }));

  it("answers \"what counts as a 'Y'?\" with the list item that defines Y, not the whole list", () => {
    const a = g.ask({ text: "what counts as an 'offline edition'?", history: [] });
    expect(a.text).toContain('run without a network connection');
    expect(a.text).not.toContain('Trial editions');
  });
});

describe('a mechanism answered by one sentence of its section', () => {
  const KILNS = `---
title: Kiln notes
concepts:
  - name: glaze kiln
    aliases: [glaze kilns]
    kind: model-type
---
# Kiln notes

## Glaze kilns
A **glaze kiln** fires coated pottery so the coating melts into glass.

## How glaze kilns work
**Glaze kilns work by slow heating**, raising the chamber over many hours. A controller follows a firing schedule. Loading feeds the kiln bisque pots brushed with powdered glass slurry.

## How glaze kilns work in the firing stage
During the firing stage, the ware climbs through hundreds of small temperature steps, then cools slowly so the glass sets without cracking.
`;
  const kilns = createGuide(docsKnowledgeBase({}, { 'kilns.md': KILNS }));

  it('opens on the sentence that answers the part asked, and completes it with the other section on how it works', () => {
    const a = kilns.ask({ text: 'how do glaze kilns get loaded, what do they actually get fed', history: [] });
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('Loading feeds the kiln bisque pots')).toBe(true);
    expect(a.text).toContain('hundreds of small temperature steps');
  });
});

describe('a definition whose question quotes one of two subjects', () => {
  const ROPES = `---
title: Rope notes
concepts:
  - name: rope thickness
    aliases: [thickness]
    kind: concept
  - name: heavy rope
    aliases: [heavy ropes]
    kind: concept
---
# Rope notes

## Rope thickness
**Rope thickness** is the diameter of a rope in millimetres, and climbers read it off the label on every coil.

## Heavy ropes (11 to 13 mm)
**A heavy rope** is 11 to 13 millimetres thick, the class that rescue teams carry.
`;
  const ropes = createGuide(docsKnowledgeBase({}, { 'ropes.md': ROPES }));

  it.each(["what thickness counts as a 'heavy' rope", "which thickness makes a rope 'heavy'?"])('answers %j with the quoted subject alone, not the one named in passing', (question) => {
    const a = ropes.ask({ text: question, history: [] });
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('**A heavy rope** is 11 to 13 millimetres')).toBe(true);
    expect(a.text).not.toContain('diameter of a rope');
  });
});

describe('an aspect asked of a subject through a model that has it', () => {
  const OMNI = `---
title: Omni notes
---
# Omni notes

## Omni Open 4 (open weights)
**Omni Open 4** is Commons AI's open-weight model and the newest of its line. Open weights mean you can run Omni Open 4 on your own servers, retrain it and ship it inside a product. Open weights' freedom comes with the duty of keeping those servers patched yourself. Omni Open 4 comes in three sizes: 3B, 12B and 40B parameters.
`;
  const omni = createGuide(docsKnowledgeBase({}, { 'omni.md': OMNI }));

  it.each(['omni open 4 is open-weights - what does that practically let us do', 'what can we actually do with omni open 4 having open weights'])(
    'answers %j with what the subject lets you do, not the model\'s introduction nor its sizes',
    (question) => {
      const a = omni.ask({ text: question, history: [] });
      expect(a.answered).toBe(true);
      expect(a.text.startsWith('Open weights mean you can run Omni Open 4')).toBe(true);
      expect(a.text).toContain('keeping those servers patched');
      expect(a.text).not.toContain('three sizes');
    },
  );
});
