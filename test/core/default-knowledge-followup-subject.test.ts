/**
 * Follow-ups whose subject is what the last turn was about: "is that open source tho" after a model is
 * that model's catalog verdict; "and gemini?" after a figure asks it of the family's members.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string, history: string[]) => guide.ask({ text, history });

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('a yes/no with "that" as its subject after a model', () => {
  it.each([
    ['is that open source tho', 'tell me about llama 4', /^Yes: Llama 4 has open weights/],
    ['so is this one open weights?', 'what is mistral large', /^Yes: Mistral Large has open weights/],
    ['is that open source?', 'what is gpt-5', /^No: GPT-5 is proprietary/],
  ])('answers %j from the model\'s catalog entry', (q, before, verdict) => {
    const a = ask(q, [before]);
    expect(a.text).toMatch(verdict);
    expect(a.text).not.toMatch(/free of per-token fees but not free to run/);
  });
});

describe('a family named after a figure of one model', () => {
  it.each([['and gemini?'], ['what about gemini'], ['gemini?']])('answers %j for the Gemini member that records it', (q) => {
    const a = ask(q, ["what is gpt-5's context window"]);
    expect(a.kind).toBe('fact');
    expect(a.text).toMatch(/^Gemini 2\.5 Pro has a context window of \*\*2M/);
    expect(a.text).not.toContain('GPT-5');
  });

  it('answers for each member when several record the figure', () => {
    const a = ask('and gemini', ['how much does claude 4.5 sonnet cost']);
    expect(a.text).toContain('Gemini 2.5 Pro costs');
    expect(a.text).toContain('Gemini 2.5 Flash costs');
  });

  it('names the newest member when none records the figure', () => {
    const a = ask('and gemini?', ['when was gpt-5 released']);
    expect(a.text).toContain('Gemini 3 Pro');
    expect(a.text).not.toContain('GPT-5');
  });
});

describe('an aspect asked of the concept just discussed', () => {
  it.each([['when would i use one'], ['what are they good for?']])('answers %j after small language models from the small-model section, not the LLM definition', (q) => {
    const a = ask(q, ['what is a small language model']);
    expect(a.text).toMatch(/mobile apps/);
    expect(a.text).not.toMatch(/A large language model \(LLM\)\*\* is/);
  });

  it('answers uses of a small language model asked outright from its own section', () => {
    expect(ask('when would i use a small language model', []).text).toMatch(/^\*\*A small model\*\*/);
  });

  it.each([['examples?', 'what is a small language model', /don't name particular small models/], ['any examples', 'explain transformers', /don't name particular transformers/]])('says the documents name no examples for %j after %j instead of another subject\'s examples', (q, before, said) => {
    const a = ask(q, [before]);
    expect(a.text).toMatch(said);
    expect(a.text).not.toMatch(/Hallucination examples|Mistral Large/);
  });

  it('keeps a subject\'s examples where the documents name them', () => {
    expect(ask('examples?', ['what is a diffusion model']).text).toMatch(/Midjourney|Stable Diffusion/);
  });
});
