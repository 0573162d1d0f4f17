/**
 * The fact plan: the figure with its unit from the catalog, a sentence of the documents that names
 * the model and states it, or "my documents don't state X of Y" (not answered) — never a
 * neighbouring figure. Facts about articles come from their metadata.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';
import { coreFixture } from '../fixture-context.js';
import { answerFact } from '../../../src/core/plans/fact.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

const MARKET = `---
title: Market notes
sources:
  - title: Quarterly Model Survey
    publisher: Ledger Insights
    url: https://ledger.example/survey
  - title: Open Models Tracker
    publisher: Commons Index
    url: https://commons.example/tracker
---
# Market notes

## Enterprise adoption
<!-- source: Ledger -->
Quill 3 from Inkwell holds a 256K-token context window and charges $2 per million input tokens.

## Open model downloads
<!-- source: 2 -->
Sprout 2 from Seedling passed one million downloads in its first quarter, mostly from hobbyists running it on laptops.
`;
const raw = createGuide(docsKnowledgeBase({ models: [] }, { 'market.md': MARKET }));

describe('fact plan: catalog models', () => {
  it.each([
    ['how much does Alpha 2 Pro cost?', 'Alpha 2 Pro costs **$3.00 per 1M input tokens and $15.00 per 1M output tokens**.'],
    ['context window of beta 1?', 'Beta 1 has a context window of **2M (2,000,000) tokens**.'],
    ['when was Alpha 2 Pro released?', 'Alpha 2 Pro was released in **March 2025**.'],
    ['who makes Delta Flux', 'Delta Flux is made by **Delta Labs**.'],
  ])('answers %j with the catalog value and its unit', (question, text) => {
    const a = ask(question);
    expect(a).toMatchObject({ kind: 'fact', answered: true, text });
    expect(a.sources[0]).toMatchObject({ path: 'models.yaml' });
  });

  it('answers a benchmark score with the benchmark named', () => {
    const a = ask('what did Beta 1 score on SWE-bench?');
    expect(a.text).toContain('63.8%');
    expect(a.text).toContain('SWE-bench Verified');
  });

  it.each([
    ["what's the context window of Delta Flux?", "My documents don't state the context window of Delta Flux"],
    ['how many parameters does Omni Open 4 have', "My documents don't state the size (parameter count or hardware needs) of Omni Open 4"],
    ['how fast is Beta 1?', "My documents don't state that of Beta 1"],
  ])('says plainly when the documents do not state it: %j', (question, said) => {
    const a = ask(question);
    expect(a.answered).toBe(false);
    expect(a.text.startsWith(said)).toBe(true);
  });

  it('never answers a missing figure with a neighbouring one', () => {
    const a = ask('how fast is Beta 1?');
    expect(a.text).not.toMatch(/\*\*[^*]*\d[^*]*\*\*/);
    expect(ask('How many layers does Alpha 2 Pro have?').answered).toBe(false);
  });

  it('answers a follow-up fact about the model the last answer named', () => {
    expect(ask('and who makes it?', ['how much does Alpha 2 Pro cost?']).text).toBe('Alpha 2 Pro is made by **Acme**.');
  });

  it('refuses a named model the knowledge does not hold, naming it as written', () => {
    const a = ask('what does Grok 4 cost?');
    expect(a).toMatchObject({ answered: false, kind: 'no_answer' });
    expect(a.text.startsWith("My documents don't cover Grok 4, so I can't answer that without guessing.")).toBe(true);
  });

  it('offers what it can answer instead: models whose figure of that kind it records', () => {
    expect(ask('what does Grok 4 cost?').text).toMatch(/They do record the price of models such as (?:Alpha 2 Pro|Beta 1)\b/);
    expect(ask('context window of Zorblat 9?').text).not.toContain('Delta Flux');
  });

  it('names an unknown model once, however often the message repeats it', () => {
    expect(ask('Grok 4? grok 4? GROK 4?').text.startsWith("My documents don't cover Grok 4, so")).toBe(true);
  });

  it('names the members of the family it does cover when only the version is unknown', () => {
    const a = ask('when does Alpha 9 come out?');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('Alpha 2 Pro');
  });
});

describe('fact plan: models the documents name without a catalog', () => {
  it.each([
    ['what is the context window of Quill 3?', '256K-token context window', 'https://ledger.example/survey'],
    ['how many downloads did Sprout 2 get?', 'one million downloads', 'https://commons.example/tracker'],
  ])('answers %j from the sentence that names the model, citing that section’s own source', (question, fact, url) => {
    const a = raw.ask({ text: question });
    expect(a.answered).toBe(true);
    expect(a.text).toContain(fact);
    expect(a.sources[0]?.url).toBe(url);
  });

  it('reads "who makes X" as a question about X, not about "makes X"', () => {
    const a = raw.ask({ text: 'who makes Sprout 2?' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Seedling');
  });

  it('says the documents do not state a fact they do not state', () => {
    const a = raw.ask({ text: 'when was Quill 3 released?' });
    expect(a.answered).toBe(false);
    expect(a.text).toContain("My documents don't state the release date of Quill 3");
  });
});

describe('fact plan: articles', () => {
  it.each([
    ['who wrote the lantern review piece?', '“Field Notes on Generative Models” (Lantern Review) was written by **Mira Okafor**, 2025-04-02.'],
    ['who wrote the Field Notes on Generative Models article', '“Field Notes on Generative Models” (Lantern Review) was written by **Mira Okafor**, 2025-04-02.'],
    ['who is the author of the harborops post?', '“Running Models Yourself” (Harbor Ops Blog) was written by **Tomas Brandt**.'],
    ['when was the lantern review article published?', '“Field Notes on Generative Models” (Lantern Review) was published on **2025-04-02**, by Mira Okafor.'],
    ['who published the Running Models Yourself article?', '“Running Models Yourself” was published by **Harbor Ops Blog**.'],
  ])('answers %j from the article’s metadata', (question, text) => {
    expect(ask(question)).toMatchObject({ kind: 'fact', answered: true, text });
  });

  it('says which field an article lacks', () => {
    const a = ask('when was the northwind handbook published?');
    expect(a.answered).toBe(false);
    expect(a.text).toBe('My documents don\'t record the publication date of “The Practical LLM Handbook”.');
  });
});

describe('fact plan: figures in the documents', () => {
  it('does not answer a question about a company with a sentence that only mentions it', () => {
    expect(ask('Who founded Acme?').answered).toBe(false);
  });

  it('does not take a number word in a sentence for the figure asked', () => {
    const a = ask('how big is the context window?');
    expect(a.text).toContain('largest amount of text, counted in tokens');
  });
});

const COSTS = `---
title: Build costs
---
# Build costs

## What building a model costs

Building a language model yourself costs far more than calling one through an API.

- A small custom model under 7B parameters: $80,000 to $250,000 in compute and staff.
- A large custom model of 50B+ parameters: $2 million or more, for teams with huge private datasets.
`;
const costs = createGuide(docsKnowledgeBase({ models: [] }, { 'costs.md': COSTS }));

describe('fact plan: a follow-up that changes the figure asked', () => {
  it('answers the follow-up own words in the earlier question setting, not the earlier figure again', () => {
    const first = 'how much does it cost to build a small custom model from scratch, under 7B?';
    expect(costs.ask({ text: first, history: [] }).text).toContain('$80,000');
    const a = costs.ask({ text: 'and if we went big, like 50B+?', history: [first] });
    expect(a).toMatchObject({ kind: 'fact', answered: true });
    expect(a.text).toContain('$2 million');
  });
});

describe('a message that is only a model name', () => {
  it('says what the model is, from its entry', () => {
    const a = ask('delta flux??');
    expect(a).toMatchObject({ kind: 'definition', answered: true });
    expect(a.text).toMatch(/^Delta Flux is an? .*image/);
    expect(a.text).toContain('best prompt fidelity');
  });

  it('uses the note that says what a model is when the entry lists nothing it is known for', async () => {
    const { CATALOG } = await import('../fixture-docs.js');
    const { model } = await import('../fixture-kb.js');
    const sketch = model({ name: 'Sketch Guide', categories: ['image'], modalities: { input: ['text', 'image'], output: ['image'] }, notes: ['Sketch Guide is an add-on to image diffusion models that makes the picture follow a rough drawing.'] });
    const g = createGuide(docsKnowledgeBase({ models: [...CATALOG, sketch] }));
    const a = g.ask({ text: 'sketch guide?', history: [] });
    expect(a.text).toContain('follow a rough drawing');
  });
});

describe('fact plan: who a first is credited to', () => {
  const WEAVES = `---
title: Weaving notes
concepts:
  - name: twill weave
    aliases: [twill weaves]
    kind: concept
---
# Weaving notes

## Examples of twill weaves (Denim, Gabardine)
**Denim** is the best-known twill weave, a cloth whose threads cross in diagonal ribs; it builds on methods first developed for Gabardine (a wool cloth from Burberry), and the guild lists the two as its example twill weaves.
`;
  const weaves = coreFixture(docsKnowledgeBase({}, { 'weaves.md': WEAVES }));

  it.each(['which cloth pioneered the methods twill weaves build on', 'what weave first introduced the methods twill weaves build on'])('opens %j with the name the sentence credits, not the one it leads with', (question) => {
    const draft = answerFact(weaves.plan, { ...weaves.read(question), intent: 'fact' });
    expect(draft.answered).toBe(true);
    expect(draft.blocks[0]!.text.startsWith('**Gabardine**: Denim is the best-known')).toBe(true);
  });

  it('leaves the sentence as it is when the question asks no origin', () => {
    const draft = answerFact(weaves.plan, { ...weaves.read('which cloth is the best-known twill weave'), intent: 'fact' });
    expect(draft.blocks[0]!.text.startsWith('**Denim** is the best-known')).toBe(true);
  });
});
