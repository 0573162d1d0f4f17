/**
 * "Is X just <plain words>?" where only X names a concept, against the default knowledge: X's own
 * defining sentence decides the verdict, never a section the other words happen to hit ("chatbot"
 * pulling in how chat models are made).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('likening a concept to plain words', () => {
  it.each([
    ['are ai agents basically chatbots that use tools?', /agentic LLM\*\* is an LLM tuned to act/],
    ["aren't agentic llms really just chatbots plus tools", /agentic LLM\*\* is an LLM tuned to act/],
    ['is rag just search', /RAG stands for retrieval-augmented generation/],
    ['are vaes basically compression', /variational autoencoder \(VAE\)\*\* is a generative model/],
    ['is a foundation model just a big model', /foundation model\*\* is a large model pre-trained/],
  ])('%j: not quite, and what the subject is', (text, defined) => {
    const a = guide.ask({ text });
    expect(a.text).toMatch(/^Not quite: /);
    expect(a.text).toMatch(defined);
  });

  it('says mostly yes when what the subject is holds the asked words', () => {
    expect(guide.ask({ text: 'is lora basically a cheap fine-tune' }).text).toMatch(/^Mostly yes: \*\*LoRA/);
  });

  it.each(['is fine-tuning just more training', 'isnt fine tuning basically just training again'])('%j: mostly yes, when what the subject is holds the other concept’s name', (text) => {
    expect(guide.ask({ text }).text).toMatch(/^Mostly yes: \*\*Fine-tuning\*\* is continuing to train/);
  });

  it.each(['would it be right to think of a model as ordinary software, code running step by step?', 'is it fair to think of an ai model as just code?'])('%j: a way of thinking of X as Y is judged as "is X just Y?"', (text) => {
    expect(guide.ask({ text }).text).toMatch(/^No: an AI model is not software/);
  });

  it('is it fair to think of rag as just search: not quite, and what RAG is', () => {
    expect(guide.ask({ text: 'is it fair to think of rag as just search?' }).text).toMatch(/^Not quite: \*\*RAG stands for/);
  });

  it('still says no from a sentence that denies it', () => {
    expect(guide.ask({ text: 'is an ai model basically just code?' }).text).toMatch(/^No: /);
  });
});
