/**
 * understand(): the intent a message asks, read the way people type in chat (typos, filler,
 * context before the question), and for recommendations the kind of thing the answer must name.
 */
import { describe, expect, it } from 'vitest';
import type { Intent, Target } from '../../../src/core/understand/types.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());

const INTENT_ROWS: Array<[Intent, string]> = [
  ['definition', 'what is a diffusion model?'],
  ['definition', 'whats a GAN lol'],
  ['definition', 'waht is a varational autoencoder'],
  ['definition', 'my boss keeps saying RAG in meetings. what is it?'],
  ['definition', 'ugh my boss keeps asking, what even is a context window lol'],
  ['definition', 'about GANs'],
  ['how', 'how do diffusion models actually work under the hood?'],
  ['how', 'how does a VAE learn'],
  ['how', 'ok so what happens inside a GAN during training?'],
  ['uses', 'what are GANs used for?'],
  ['uses', 'what can you use a VAE for in practice'],
  ['uses', 'what would a team actually do with a diffusion model'],
  ['limitations', "what's the catch with diffusion models?"],
  ['limitations', 'any downsides to reasoning models?'],
  ['limitations', 'where do GANs fall short'],
  ['yesno', 'does fine-tuning need a lot of data?'],
  ['yesno', 'can I run Omni Open 4 on our own servers?'],
  ['yesno', 'is Delta Flux open source?'],
  ['yesno', 'is a reasoning model just another word for an LLM?'],
  ['comparison', "what's the difference between RAG and fine-tuning"],
  ['comparison', 'GANs vs diffusion, which is better for images?'],
  ['comparison', 'how does a VAE compare to a GAN'],
  ['recommendation', 'which model should we use for product photos?'],
  ['recommendation', 'help me choose a model for on-prem images'],
  ['recommendation', 'we need a model for support tickets that runs on our own boxes'],
  ['recommendation', 'cheapest model for summarising 2 million tickets a month'],
  ['recommendation', "legal says customer data can't leave the EU, which llm?"],
  ['recommendation', 'summarise tickets on our own servers, which model?'],
  ['fact', 'how much does Alpha 2 Pro cost?'],
  ['fact', 'who makes Delta Flux'],
  ['fact', 'when was Alpha 2 Pro released?'],
  ['fact', 'what did Beta 1 score on SWE-bench?'],
  ['yesno', 'are they mostly open source?'],
  ['yesno', 'is a diffusion model really that much slower than an LLM?'],
  ['yesno', 'after launch does Beta 1 stay the same or do they keep improving it?'],
  ['yesno', 'are speech-to-text models good enough for real work yet or still toys'],
  ['yesno', 'can we run it on our own gpus for free?'],
  ['why', 'same prompt in three image tools, three wildly different pictures. what factors cause that'],
  ['how', 'what does fine-tuning actually change inside the model'],
  ['list', 'list the open source image models'],
  ['list', 'what image models are there'],
  ['list', 'which audio models do you know?'],
  ['ranking', 'which model has the longest context window?'],
  ['ranking', 'cheapest frontier model?'],
  ['greeting', 'hi!'],
  ['greeting', 'hey there'],
  ['greeting', 'good morning'],
  ['thanks', 'thanks!!'],
  ['thanks', 'perfect, thank you'],
  ['thanks', 'cheers, that helped'],
  ['help', 'help'],
  ['help', 'what can you do?'],
  ['help', 'how do I use this bot'],
];

describe('understand: intent', () => {
  it.each(INTENT_ROWS)('reads a %s question: %j', (intent, question) => {
    expect(f.read(question).intent).toBe(intent);
  });

  it('gives a confidence between 0 and 1, high for a plain question', () => {
    const u = f.read('what is a diffusion model?');
    expect(u.confidence).toBeGreaterThan(0.6);
    expect(u.confidence).toBeLessThanOrEqual(1);
  });

  it('keeps a close second intent as the runner-up, so the answer can serve both', () => {
    const u = f.read('foundation model, is that the same thing as a base model?');
    expect(['yesno', 'definition']).toContain(u.intent);
    expect(u.runnerUp?.intent).toBe(u.intent === 'yesno' ? 'definition' : 'yesno');
  });

  it.each([
    'help me choose a model for on-prem images',
    'help me understand what a GAN is',
    'about GANs',
    'what can you tell me about reasoning models?',
  ])('is no help request when the message has a topic: %j', (question) => {
    expect(f.read(question).intent).not.toBe('help');
  });

  it('is no greeting when a greeting opens a question', () => {
    expect(f.read('hey bot, what is a GAN?').intent).toBe('definition');
    expect(f.read('hi all! how do diffusion models work?').intent).toBe('how');
  });

  it('reads the sentence that asks, not the context around it', () => {
    const u = f.read('our chatbot cited a paper that does not exist yesterday. why does it make stuff up?');
    expect(u.intent).toBe('why');
    expect(u.aspect).toBe('why');
  });
});

const TARGET_ROWS: Array<[Target, string]> = [
  ['model', 'which model can generate product photos'],
  ['model', 'we need to transcribe our weekly meetings, which model?'],
  ['model-type', 'what kind of model makes synthetic transaction records?'],
  ['setting', 'which setting do i lower so the answers stop being so random'],
  ['benchmark', 'which benchmark tells me if a model can fix bugs?'],
  ['size-class', 'what size of model fits on a phone offline?'],
  ['deployment', "should we host it ourselves or pay for an api, we're a 3 person startup"],
  ['approach', 'how should we ground answers in our own docs, which approach?'],
  ['model-type', 'our client wants new molecule designs. on their side someone suggested a diffusion model, is there a better fit?'],
  ['deployment', "what if the auditors say patient data can't leave our country?"],
  ['model', 'which image model is best for product shots of people dancing'],
];

describe('understand: what a recommendation must name', () => {
  it.each(TARGET_ROWS)('asks for a %s: %j', (target, question) => {
    const u = f.read(question);
    expect(u.intent).toBe('recommendation');
    expect(u.target).toBe(target);
  });

  it('sets no target on questions that are not recommendations', () => {
    expect(f.read('what is temperature?').target).toBeUndefined();
  });
});

describe('understand: cleaning', () => {
  it('strips mentions, emoji and greetings but keeps the question as asked', () => {
    const raw = '<@U123> hey bot 👋 what is a GAN? thanks';
    const u = f.read(raw);
    expect(u.asked).toBe(raw);
    expect(u.text).toBe('what is a GAN?');
  });

  it.each(['bullet points are fine', 'in bullet points please', 'a list is ok'])('drops a closing word on the answer\'s form (%j), which asks nothing about the topic', (form) => {
    const u = f.read(`how should we fine-tune a model on our tickets? ${form}`);
    expect(u.text).toBe('how should we fine-tune a model on our tickets?');
    expect(u.terms.map((t) => t.term)).not.toContain('point');
  });
});

describe('understand: retrieval terms', () => {
  it('leaves out connectives that frame the question ("once a model is…")', () => {
    const u = f.read('once a model is fine-tuned, does it ever change?');
    expect(u.terms.map((t) => t.term)).not.toContain('onc');
    expect(u.unknownTerms).not.toContain('once');
    expect(u.concepts.map((c) => c.name)).toContain('fine-tuning');
  });
});

describe('understand: how the asker wants it said', () => {
  it.each(['explain like im 5: what is a GAN', 'what is a GAN in simple terms', 'what is a GAN, in one sentence'])('keeps the framing out of the search terms: %j', (question) => {
    const u = f.read(question);
    const terms = u.terms.map((t) => t.term);
    expect(terms).toContain('gan');
    const framing = ['5', 'simpl', 'simple', 'sentenc', 'sentence', 'term', 'terms', 'im', 'one'];
    expect([...terms, ...u.unknownTerms].filter((t) => framing.includes(t))).toEqual([]);
  });

  it.each(['what is a token, for a non-technical boss', 'what is a diffusion model, for my manager who isnt technical', 'explain a GAN to my mum'])(
    'reads a definition whoever it is meant for: %j',
    (question) => {
      expect(f.read(question).intent).toBe('definition');
    },
  );

  it.each(['who uses diffusion models', 'who uses GANs in practice'])('reads "who uses X" as asking for its uses: %j', (question) => {
    const u = f.read(question);
    expect(u.intent).toBe('uses');
    expect(u.aspect).toBe('uses');
  });

  it.each(['what is a GAN? who uses it?', 'whats a VAE and what is it for'])('hears the uses asked after a definition: %j', (question) => {
    expect(f.read(question).aspect).toBe('uses');
  });

  it('keeps the reader of a pick as part of the pick: "which model is best for a beginner"', () => {
    expect(f.read('which model is best for a beginner').intent).not.toBe('definition');
  });
});

describe('understand: what the asker sets aside', () => {
  it.each([
    ['what can diffusion models do besides images?', 'imag'],
    ['other than images, what are GANs used for', 'imag'],
    ['apart from noise, what does a GAN need?', 'nois'],
    ['what kinds of models make pictures rather than text?', 'text'],
    ['and if quality matters more than price?', 'price'],
  ])('weighs %j\'s set-aside word low', (question, aside) => {
    const u = f.read(question);
    const weight = (term: string) => u.terms.find((t) => t.term === term)?.weight ?? 0;
    expect(weight(aside)).toBeGreaterThan(0);
    expect(weight(aside)).toBeLessThan(0.35);
  });

  it('keeps the word when nothing sets it aside', () => {
    expect(f.read('what can diffusion models do with images?').terms.find((t) => t.term === 'imag')?.weight).toBeGreaterThanOrEqual(0.5);
  });
});

describe('understand: aspect', () => {
  it.each([
    ['GANs vs diffusion, whats the actual tradeof for us', 'tradeoffs'],
    ['fine-tuning vs RAG: pros and cons?', 'tradeoffs'],
  ])('reads the aspect asked of %j', (question, aspect) => {
    expect(f.read(question).aspect).toBe(aspect);
  });
});

describe('understand: quoted words', () => {
  it.each([["what's a 'latent space' anyway"], ["what's a \"latent space\" anyway"], ['so what is "latent space"']])('%j weighs the quoted words above the rest, whatever apostrophe comes first', (question) => {
    const weight = (term: string) => f.read(question).terms.find((t) => t.term === term)?.weight;
    expect(weight('latent')).toBe(1.5);
    expect(weight('space')).toBe(1.5);
  });

  it("does not read a contraction's apostrophe as opening a quote", () => {
    const u = f.read("what's a latent space and isn't it 'compressed'");
    expect(u.terms.find((t) => t.term === 'latent')?.weight).toBe(1);
  });
});

describe('understand: help', () => {
  it.each([['what can you do?'], ['help'], ['how do I use you?']])('still reads %j as help', (question) => {
    expect(f.read(question).intent).toBe('help');
  });
});

describe('understand: the answer length asked for', () => {
  it.each([
    ['chat model, in one line?', 1],
    ['what is a VAE in 2 sentences', 2],
    ['explain RLHF in a couple of sentences', 2],
    ['give me a one-liner on LoRA', 1],
    ['diffusion models tl;dr', 2],
    ['briefly, what is a token', 2],
    ['in a sentence: what is a world model', 1],
    ['what is a context window', undefined],
    ['is a sentence a token?', undefined],
    ['how many lines of code can a code model write', undefined],
  ])('%j asks for at most %j sentences', (q, n) => {
    expect(f.read(q).maxSentences).toBe(n);
  });
});
