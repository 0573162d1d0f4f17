/**
 * understand(): the fact a question asks for, by its wording — and which fact a "who"/"when"
 * means depends on what it names: a model's maker and release, an article's author and date.
 */
import { describe, expect, it } from 'vitest';
import { asksRunNeeds, detectAttribute, detectAttributes, detectSuperlative } from '../../../src/core/understand/attributes.js';
import type { Attribute } from '../../../src/core/understand/types.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());

const MODEL_ROWS: Array<[Attribute, string]> = [
  ['pricing', 'how much does Alpha 2 Pro cost?'],
  ['pricing', 'what is the price of Beta 1'],
  ['pricing', 'is beta 1 expensive per token'],
  ['pricing', 'alpha 2 pro $ per 1m tokens?'],
  ['context_window', 'context window of beta 1?'],
  ['context_window', "what's the token limit on Alpha 2 Pro"],
  ['context_window', 'how many tokens can Beta 1 take in one go'],
  ['context_window', 'beta 1 ctx window pls'],
  ['context_window', 'alpha 2 pro ctx?'],
  ['released', 'when was Alpha 2 Pro released?'],
  ['released', 'when did Beta 1 come out'],
  ['released', 'what year did alpha 2 pro launch'],
  ['developer', 'who makes Delta Flux'],
  ['developer', 'who developed Echo Scribe 2'],
  ['developer', 'which company is behind Tone Voice 3?'],
  ['parameters', 'how many parameters does Omni Open 4 have'],
  ['parameters', 'how much vram does omni open 4 need'],
  ['benchmark', 'what did Beta 1 score on SWE-bench?'],
  ['benchmark', 'alpha 2 pro benchmarks'],
  ['access', 'is Delta Flux open source?'],
  ['access', 'is pixel studio 7 proprietary'],
  ['strengths', 'what is Pixel Studio 7 good at'],
  ['limitations', 'what are the weaknesses of Gamma Diffusion 3'],
  ['deployment', 'can we deploy Omni Open 4 on our own hardware'],
  ['training_cost', 'what did it cost to train Beta 1?'],
  ['training_cost', "what was alpha 2 pro's training budget"],
  ['training', 'how many tokens was Beta 1 trained on?'],
  ['training', 'how many GPUs would we need to train Omni Open 4 ourselves?'],
  ['training', 'what GPUs was Beta 1 trained on?'],
];

describe('understand: the attribute asked about a model', () => {
  it.each(MODEL_ROWS)('reads %s from %j', (attribute, question) => {
    const u = f.read(question);
    expect(u.models).toHaveLength(1);
    expect(u.attribute).toBe(attribute);
  });

  it.each(['which is the newest model?', 'what came out most recently', "what's the oldest one in the catalog", 'which image model was released last?'])('reads an end of the release order as a release date from %j', (question) => {
    expect(detectAttribute(question, 'other')).toBe('released');
  });

  it.each(['what are the latest trends in generative AI', 'give me the latest on fine-tuning'])('reads no release date from a "latest" that names no release: %j', (question) => {
    expect(detectAttribute(question, 'other')).toBeUndefined();
  });

  it('reads no attribute from a plain definition question', () => {
    expect(f.read('what is a diffusion model?').attribute).toBeUndefined();
  });

  it('reads no context window from "in the context of"', () => {
    expect(f.read('what is Delta Flux, in the context of image models?').attribute).toBeUndefined();
  });

  it('reads "how fast" about a model as a figure, not a neighbouring attribute', () => {
    expect(f.read('how fast is Beta 1?').attribute).toBe('figure');
  });
});

describe('understand: the attribute asked about an article', () => {
  it.each<[Attribute, string]>([
    ['author', 'who wrote the lantern review piece?'],
    ['author', 'who is the author of the northwind handbook'],
    ['published', 'when was the northwind handbook published?'],
    ['published', 'how old is the lantern review article'],
    ['publisher', 'who published the Running Models Yourself article?'],
    ['publisher', 'which website is the lantern review piece from?'],
    ['publisher', 'what organisation put out the northwind handbook?'],
    ['audience', 'who is the northwind handbook written for?'],
    ['audience', "what's the target audience of the lantern review piece"],
  ])('reads %s from %j', (attribute, question) => {
    const u = f.read(question);
    expect(u.articles.length).toBeGreaterThan(0);
    expect(u.attribute).toBe(attribute);
  });

  it('reads "who is behind" an article as its author and "who is behind" a model as its developer', () => {
    expect(detectAttribute("who's behind the handbook", 'article')).toBe('author');
    expect(detectAttribute("who's behind it", 'model')).toBe('developer');
  });
});

describe('understand: what making a model cost', () => {
  it('is no price of a named model, and of a kind of model still reads as one', () => {
    expect(detectAttribute('how much did it cost to train it?', 'model')).toBe('training_cost');
    expect(detectAttribute('how much does it cost to train an llm from scratch?', 'other')).toBe('pricing');
  });

  it('is no catalog figure asked beside another', () => {
    expect(detectAttributes('what did it cost to train it and what is its context window')).toEqual(['context_window']);
  });

  it('is no need to run the model', () => {
    expect(asksRunNeeds('how many GPUs would we need to train it ourselves?')).toBe(false);
    expect(asksRunNeeds('how many GPUs would we need to run it?')).toBe(true);
  });
});

describe('understand: attributes without a named subject', () => {
  it('keeps facts that need a model for questions that name one', () => {
    expect(detectAttribute('is it open source?', 'other')).toBeUndefined();
    expect(detectAttribute('is it open source?', 'model')).toBe('access');
  });

  it('still reads price and context window, which rankings use', () => {
    expect(detectAttribute('which model is cheapest', 'other')).toBe('pricing');
    expect(detectAttribute('which model has the longest context window', 'other')).toBe('context_window');
  });
});

describe('understand: superlatives', () => {
  it.each<['max' | 'min', string]>([
    ['min', 'cheapest frontier model?'],
    ['min', 'which image model is least expensive'],
    ['min', 'the smallest model that still codes well'],
    ['max', 'which model has the longest context window?'],
    ['max', 'what is the most capable frontier model'],
    ['max', 'biggest context window among llms'],
  ])('reads %s from %j', (direction, question) => {
    expect(f.read(question).superlative).toBe(direction);
  });

  it('reads none from a plain question', () => {
    expect(detectSuperlative('what is a diffusion model?')).toBeUndefined();
  });
});

describe('understand(): "context:" as a label for the background', () => {
  it('reads no context window into a message that opens its background with "context:"', () => {
    expect(detectAttribute('ok so context: we run a support bot on a hosted api. should we fine-tune?', 'model')).toBeUndefined();
  });

  it.each(['what is controlnet, in the context of image diffusion models?', 'explain lora in the context of image models', 'is that quote out of context'])('reads no context window into "context" that names a field: %j', (question) => {
    expect(detectAttribute(question, 'model')).toBeUndefined();
  });

  it('still reads a context window from "context" asked about', () => {
    expect(detectAttribute('how much context does beta 1 take', 'model')).toBe('context_window');
    expect(detectAttribute('context length of beta 1: how big?', 'model')).toBe('context_window');
  });
});

describe('understand(): the size of a difference is no end of a scale', () => {
  it.each(['biggest difference between alpha 2 pro and beta 1?', "what's the main difference between them", 'the most important practical distinction between the two', 'largest trade-off between small and large models'])('reads no superlative from %j', (question) => {
    expect(detectSuperlative(question)).toBeUndefined();
  });

  it('keeps a figure named in the difference', () => {
    expect(detectSuperlative('which pair has the biggest price difference')).toBe('max');
  });

  it('compares two models on how they differ, not on price, when asked the biggest difference', () => {
    const u = f.read('biggest difference between Alpha 2 Pro and Beta 1?');
    expect(u.superlative).toBeUndefined();
    expect(u.attribute).toBeUndefined();
  });
});

describe('understand(): how much text a model reads at once is its context window', () => {
  it.each(['alpha 2 pro or beta 1: which handles more text at once?', 'which one can read more tokens in one go', 'does beta 1 take longer input than alpha 2 pro'])('reads a context window from %j', (question) => {
    expect(detectAttribute(question, 'model')).toBe('context_window');
  });

  it('reads none from handling more work', () => {
    expect(detectAttribute('which one handles more requests per day', 'model')).toBeUndefined();
  });
});
