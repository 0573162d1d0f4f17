/**
 * Refusal calibrated, not guessed: "I don't know" only when nothing in the knowledge covers the
 * question's entities and aspect; chatty in-scope questions are answered; questions about what the
 * knowledge only mentions in passing are refused, not answered with a neighbouring fact.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { NO_ANSWER_TEXT } from '../../../src/core/messages.js';
import { supportScore } from '../../../src/core/plans/support.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const kb = docsKnowledgeBase();
const guide = createGuide(kb);
const f = coreFixture(kb);
const ask = (text: string) => guide.ask({ text });

describe('refusals', () => {
  it.each([
    "What's the weather in Lisbon tomorrow?",
    'recommend a good pasta recipe',
    'who won the 2018 world cup?',
    "What's the capital of France?",
    'how do I fix a flat bike tyre?',
    'what is the best pizza in Naples',
    'tell me a joke',
    'quick vegan lunch recipe for a small team',
    'cheap flights to lisbon this week?',
  ])('refuses a question outside the knowledge: %j', (question) => {
    const a = ask(question);
    expect(a).toMatchObject({ kind: 'no_answer', answered: false, sources: [], text: NO_ANSWER_TEXT });
  });

  it('offers questions the knowledge can answer instead, each a question', () => {
    const a = ask('recommend a good pasta recipe');
    expect(a.suggestions.length).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(s).toMatch(/^[A-Z].*\?$/);
  });

  it.each(['Who founded Acme?', 'who is the CEO of Bolt Labs?'])('refuses a question about what the knowledge only mentions in passing: %j', (question) => {
    expect(ask(question).answered).toBe(false);
  });
});

describe('in-scope questions, however they are typed', () => {
  it.each([
    ['ugh my boss keeps asking, what even is a context window lol', 'counted in tokens'],
    ["quick q - what's a GAN? need it for a slide", 'discriminator'],
    ['our standup got heated: are reasoning models slower?', 'slower and pricier'],
    ['lol ok so which model should we use to caption user photos', 'reads images'],
    ['sorry if this is a dumb question but how do diffusion models work', 'static'],
    ['hey @here, whats RAG??', 'fetches relevant passages'],
  ])('answers %j', (question, fact) => {
    const a = ask(question);
    expect(a.answered).toBe(true);
    expect(a.text).toContain(fact);
  });
});

describe('support score', () => {
  it('is high when the text holds the question’s words and lower with words no passage has', () => {
    const text = 'A diffusion model creates an image by subtracting noise step by step.';
    const plain = supportScore(f.plan, f.read('how does a diffusion model make an image'), text);
    const padded = supportScore(f.plan, f.read('how does a diffusion model make an image for my zorblax quintessimo'), text);
    expect(plain).toBeGreaterThan(0.5);
    expect(padded).toBeLessThan(plain);
  });

  it('counts an everyday word the documents do not use for less than a word from elsewhere', () => {
    const text = 'A diffusion model creates an image by subtracting noise step by step.';
    const everyday = f.read('how does a diffusion model make an image, the older way');
    const foreign = f.read('how does a diffusion model make an image, the zorblax way');
    expect(everyday.unknownTerms).toEqual(['older']);
    expect(supportScore(f.plan, everyday, text)).toBeGreaterThan(supportScore(f.plan, foreign, text));
  });

  it('is zero for text that shares nothing with the question', () => {
    expect(supportScore(f.plan, f.read('what is temperature?'), 'Banks test fraud systems.')).toBe(0);
  });
});

describe('social messages', () => {
  it.each([
    ['hi!', 'greeting'],
    ['thanks!!', 'greeting'],
    ['help', 'help'],
  ] as const)('answers %j without the knowledge base', (text, kind) => {
    const a = ask(text);
    expect(a).toMatchObject({ kind, answered: true, sources: [] });
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('answers an empty message with help', () => {
    expect(ask('   ').kind).toBe('help');
  });
});
