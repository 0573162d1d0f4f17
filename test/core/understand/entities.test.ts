/**
 * understand(): the things a question names, linked to the knowledge — concepts by any of their
 * names (aliases, acronyms, plurals, synonym phrases, typos), catalog models in any word order,
 * names the knowledge does not hold, and articles by publisher, host name or title.
 */
import { describe, expect, it } from 'vitest';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());
const conceptsOf = (q: string) => f.read(q).concepts.map((c) => c.name);
const modelsOf = (q: string) => f.read(q).models.map((m) => m.name);

describe('understand: concepts', () => {
  it.each([
    ['the declared name', 'what is a diffusion model?', 'diffusion model'],
    ['a plural', 'how do diffusion models learn?', 'diffusion model'],
    ['an alias', "what's a denoising model", 'diffusion model'],
    ['an acronym', 'what is an LLM', 'large language model'],
    ['an acronym in lower case, plural', 'what are vaes', 'variational autoencoder'],
    ['a partial name', 'tell me about adversarial networks', 'generative adversarial network'],
    ['a typo', 'what is a halucination', 'hallucination'],
    ['typos in a long name', 'waht is a varational autoencoder', 'variational autoencoder'],
    ['a synonym phrase from the vocabulary', 'why does my chatbot make stuff up?', 'hallucination'],
    ['a synonym phrase for a setting', "what's the token limit thing people talk about", 'context window'],
    ['a hyphen left out', 'is fine tuning worth it?', 'fine-tuning'],
  ])('links %s: %j', (_how, question, concept) => {
    expect(conceptsOf(question)).toContain(concept);
  });

  it('links both concepts of a comparison, in the order asked', () => {
    expect(conceptsOf("what's the difference between RAG and fine-tuning")).toEqual(['retrieval-augmented generation', 'fine-tuning']);
  });

  it('does not link a concept from a word that only looks like one', () => {
    expect(conceptsOf('how do I bake sourdough bread?')).toEqual([]);
  });

  it('links a broad concept when the rest of the question only says what shape of answer it wants', () => {
    expect(conceptsOf('the three kinds of generative models?')).toContain('generative model');
  });

  it('reads an everyday verb as a verb, not as the modifier of a name ("thinking about" is no thinking model)', () => {
    expect(conceptsOf("we're thinking about training our own model")).not.toContain('reasoning model');
    expect(conceptsOf('what is a thinking model?')).toContain('reasoning model');
  });

  it('carries what the knowledge knows about a concept: its kind and broader concept', () => {
    const [reasoning] = f.read('what is a reasoning model?').concepts;
    expect(reasoning).toMatchObject({ kind: 'model-type' });
    expect(reasoning!.broader?.name).toBe('large language model');
  });
});

describe('understand: catalog models', () => {
  it.each([
    ['its name', 'how much does Alpha 2 Pro cost?', 'Alpha 2 Pro'],
    ['an alias', 'how much is Alpha Pro 2 per million tokens', 'Alpha 2 Pro'],
    ['its words in another order', 'is pro 2 alpha any good for coding', 'Alpha 2 Pro'],
    ['lower case', 'who makes delta flux', 'Delta Flux'],
    ['a name glued to its version', 'what does beta1 cost?', 'Beta 1'],
  ])('finds a model by %s: %j', (_how, question, name) => {
    expect(modelsOf(question)).toEqual([name]);
  });

  it('finds two models in the order they are named', () => {
    expect(modelsOf('Beta 1 vs Alpha 2 Pro on price')).toEqual(['Beta 1', 'Alpha 2 Pro']);
  });

  it('does not take another version of a family for the model named', () => {
    expect(modelsOf("what's the context window of Beta 2?")).toEqual([]);
  });
});

describe('understand: names the knowledge does not hold', () => {
  it.each([
    ['what does Grok 4 cost?', 'Grok 4'],
    ['is GPT-6 out yet?', 'GPT-6'],
    ['how fast is Zephyrine 9 compared to Beta 1?', 'Zephyrine 9'],
    ['what is Delta R2 good at?', 'Delta R2'],
    ['is delta-k2 open source?', 'delta-k2'],
    ['what is Zephyrine 180B good at?', 'Zephyrine 180B'],
  ])('keeps an unknown versioned name as written: %j', (question, name) => {
    const u = f.read(question);
    expect(u.unknownNames).toContain(name);
    expect(u.models.map((m) => m.name)).not.toContain(name);
  });

  it("reads a product a model's name owns, in words the knowledge never uses, as an unknown name", () => {
    const u = f.read("what does Delta Flux's Zorblat Studio do?");
    expect(u.unknownNames).toEqual(["Delta Flux's Zorblat Studio"]);
    expect(u.models).toEqual([]);
    expect(f.read("what is Alpha 2 Pro's Context window?").models.map((m) => m.name)).toEqual(['Alpha 2 Pro']);
  });

  it('keeps the family word of an unknown name with several words', () => {
    expect(f.read('what is the context window of Claude Haiku 4.5').unknownNames).toEqual(['Claude Haiku 4.5']);
  });

  it.each([
    "who's #1 on the arena leaderboard",
    'what 5 things should we check before we pick a model',
    'rectangle, 4 sides, which model draws it best',
    'Convert 5 photos into a clip, which model',
    'my notes: what 3 points matter',
  ])('takes no question word, everyday word or word across punctuation for a name: %j', (question) => {
    const u = f.read(question);
    expect(u.unknownNames).toEqual([]);
    expect(u.names).toEqual([]);
  });

  it('still takes a capitalised everyday word inside a sentence for a name ("what about Falcon 3")', () => {
    expect(f.read('how does Falcon 3 compare to Beta 1?').unknownNames).toEqual(['Falcon 3']);
  });

  it.each(['we need 3 image models for a pitch', 'is a 2 week trial enough?', 'top 5 models for coding', 'explain like im 5: what is a GAN', 'is a 70B model big?'])('takes no count or age for a version: %j', (question) => {
    expect(f.read(question).unknownNames).toEqual([]);
  });
});

describe('understand: articles', () => {
  const titleOf = (q: string) => f.read(q).articles.map((a) => a.title);

  it.each([
    ['its publisher', 'who wrote the lantern review piece?', 'Field Notes on Generative Models'],
    ['its publisher, shortened', 'when was the northwind handbook published?', 'The Practical LLM Handbook'],
    ['its host name', 'who is behind harborops?', 'Running Models Yourself'],
    ['its title', 'who wrote the Field Notes on Generative Models article', 'Field Notes on Generative Models'],
  ])('finds an article by %s: %j', (_how, question, title) => {
    expect(titleOf(question)).toContain(title);
  });

  it('reads a title that is also a topic as the topic unless the message speaks of an article', () => {
    expect(titleOf('running models yourself, is it hard?')).toEqual([]);
  });
});

describe('understand: parameter counts', () => {
  const SIZES = `---
title: Model sizes
concepts:
  - name: compact model
    aliases: [compact models]
    kind: size-class
  - name: heavyweight model
    aliases: [heavyweight models]
    kind: size-class
---
# Model sizes

## Compact models (1B to 9B parameters)
A **compact model** has 1 to 9 billion parameters and runs on one modest GPU.

## Heavyweight models (60B to 150B parameters)
A **heavyweight model** has 60 to 150 billion parameters and needs a GPU cluster.
`;
  const g = coreFixture(docsKnowledgeBase({}, { 'sizes.md': SIZES }));

  it('links a count to the size class whose stated range holds it, for both sides of "7b vs 70b"', () => {
    const u = g.read('7b vs 70b model, what do we gain or lose?');
    expect(u.concepts.map((c) => c.name)).toEqual(['compact model', 'heavyweight model']);
    expect(u.sides.map((s) => s.concept?.name)).toEqual(['compact model', 'heavyweight model']);
  });

  it.each([
    ['a count outside every range', 'is a 30b model enough?'],
    ['a bound, not a size', 'what does it cost to train one at 80B+?'],
    ['a bound before the count', 'how much to build one under 7B?'],
    ['the notation itself, quoted', "what does the '7B' in a model name mean?"],
  ])('links no size class for %s: %j', (_why, question) => {
    expect(g.read(question).concepts.map((c) => c.name)).not.toContain('compact model');
    expect(g.read(question).concepts.map((c) => c.name)).not.toContain('heavyweight model');
  });
});

describe('understand: a concept named by everyday words', () => {
  const BASICS = `---
title: Basics
concepts:
  - name: ai model
    aliases: [ai models]
    kind: concept
---
# Basics

## AI model
An **AI model** is a function learned from data that maps inputs to outputs.
`;
  const g = coreFixture(docsKnowledgeBase({}, { 'basics.md': BASICS }));

  it.each(['what is an AI model, in simple terms?', 'explain an ai model like im 5', 'what is an AI model in one sentence'])(
    'links it when the rest only says how to answer: %j',
    (question) => {
      expect(g.read(question).concepts.map((c) => c.name)).toEqual(['ai model']);
    },
  );

  it('leaves it out when the question names something more specific', () => {
    expect(g.read('what is an AI model for speech-to-text?').concepts.map((c) => c.name)).not.toContain('ai model');
  });
});

describe('understand: two names sharing one head noun', () => {
  const g = coreFixture(docsKnowledgeBase());
  it.each([
    ['small and closed models, which cost less?', ['small language model', 'proprietary model']],
    ['what is the gap between proprietary and small models', ['proprietary model', 'small language model']],
  ])('links the first word with the second one\'s noun: %j', (question, expected) => {
    const names = g.read(question).concepts.map((c) => c.name);
    expect(names.filter((n) => expected.includes(n))).toEqual(expected);
  });
});
