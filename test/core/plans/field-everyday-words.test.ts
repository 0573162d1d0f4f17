/**
 * Refusal calibrated both ways. A word this field shares with everyday English ("train", "token",
 * "transformer", "diffusion", "weights", "agent", "fine-tune", "benchmark", "prompt") anchors a
 * question only when the rest of it does not lead elsewhere; a word or name only the field uses
 * ("tokenizer", "LLM", "diffusion model") anchors it whatever else the question holds.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import type { Guide } from '../../../src/core/types.js';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge')));
});

describe('everyday questions that use a field word in its everyday sense', () => {
  it.each([
    'best model railway for a small flat',
    'train delays between berlin and munich',
    'how do i get my cat to stop scratching, training tips?',
    'is bitcoin or solana the better token to hold',
    'the transformer on my street is buzzing',
    'gym weights routine for beginners',
    'cheapest train ticket from london to paris',
    'how long does it take to house train a puppy',
    'arcade tokens near me that still work',
    'how do i refresh an expired oauth token in my flask app',
    'diffusion of oxygen across the lungs explained',
    'what does the parameter t mean in a parametric equation of a circle',
    'is it worth using a travel agent for a honeymoon in bali',
    'how do i fine-tune the carburettor on my motorbike',
    'benchmark the new bmw m3 against the audi rs4',
    'which cpu benchmark is best for gaming laptops',
    'how does neural tube development happen in embryos',
    'is bumblebee the best transformer in the films',
  ])('is refused: %j', (question) => {
    const a = guide.ask({ text: question });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^I don't know/);
  });
});

describe('field questions that use the same words, rare words or chat around them', () => {
  it.each([
    ['tokenizer for thai text, does it matter', /token/i],
    ['diffusion model for product photos, which one', /Stable Diffusion/],
    ['what are diffusion models bad at', /diffusion/i],
    ['how does a model learn its weights during training', /weights|parameters/i],
    ['is it worth paying for the biggest model for one very narrow extraction task, or is there a smarter way', /./],
    ['how do new model versions actually get better than the old ones', /./],
    ['what is a context window, tldr', /limit on how many tokens/],
    ['what is a transformer in ai, briefly', /self-attention/],
    ['whats a diffusion model, two lines max', /noise/],
  ])('is answered: %j', (question, fact) => {
    const a = guide.ask({ text: question });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(fact);
  });
});

describe('how firmly a word ties a question to the field', () => {
  const f = coreFixture(docsKnowledgeBase());
  const mentions = (q: string) => Object.fromEntries(f.read(q).mentions.map((m) => [m.words, `${m.firm ? 'firm' : 'everyday'}${m.foreign ? ', elsewhere' : ''}`]));

  it('reads a name of several words or a word of the field’s own as firm, one common word as everyday', () => {
    expect(mentions('what is a diffusion model')).toMatchObject({ 'diffusion model': 'firm' });
    expect(mentions('what is an LLM')).toMatchObject({ llm: 'firm' });
    expect(mentions('how do diffusion models work')).toMatchObject({ 'diffusion models': 'firm' });
  });

  it('reads a word the knowledge never uses right beside an everyday field word as its everyday sense', () => {
    expect(mentions('why does ink diffusion spread')).toMatchObject({ diffusion: 'everyday, elsewhere' });
    expect(mentions('how do i fine-tune the carburettor')).toMatchObject({ 'fine tune': 'firm, elsewhere' });
  });

  it('does not read a describing word, a verb after a singular noun, or a word past a comma as another sense', () => {
    expect(mentions('what kinds of specialised diffusion are there').diffusion).toBe('everyday');
    expect(mentions('which diffusion fits on a laptop').diffusion).toBe('everyday');
    expect(mentions('what is diffusion, tldr').diffusion).toBe('everyday');
  });

  it('keeps a name of several words in the field beside a word said of everything, not one word', () => {
    expect(mentions('how long does a fine-tuning job take')).toMatchObject({ 'fine tuning': 'firm' });
    expect(mentions('how do i fine-tune the carburettor')).toMatchObject({ 'fine tune': 'firm, elsewhere' });
  });

  it('does not take a mistyped chat word for a topic of its own', () => {
    expect(f.read('expalin diffusion').unknownTerms).toEqual([]);
    expect(f.read('i dont get diffusion').unknownTerms).toEqual([]);
  });
});
