/**
 * The default knowledge's comparing sections open on the difference itself: no framing line ("one
 * of the biggest dividing lines", "a business decision") before it, a section for a pair of terms
 * that overlap (base vs foundation model), and sentences that stand alone when quoted first.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text }).text;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('the default knowledge on comparisons', () => {
  it('opens open-vs-closed on the difference and what each side brings, without framing', () => {
    const text = ask('open source or proprietary: how do they differ');
    expect(text).toMatch(/^\*\*The difference between open and closed models\*\* is mainly access to the weights/);
    expect(text).toContain('neither better nor worse');
    expect(text).not.toMatch(/dividing line|business decision/);
  });

  it('weighs open against proprietary with when to use which, and says what the ROI figures measure', () => {
    const text = ask('proprietary vs open source models: pros and cons for our company');
    expect(text).toContain('Most teams use both');
    expect(text).toContain('Positive ROI rate (share of deployments that pay off): 51% vs 41%');
  });

  it('states in one sentence how a base model differs from a foundation model', () => {
    expect(ask('base models vs foundation models')).toMatch(/^\*\*"Base model" names a stage of training, while "foundation model" names scale and generality\*\*/);
  });

  it('names the mechanism that keeps a video model\'s frames consistent', () => {
    expect(ask('how do video models keep their frames consistent')).toMatch(/^\*\*Video models work by applying the principles of image models across time\*\*: they produce a run of frames and condition each new frame/);
  });

  it('quotes why two products on one model differ without a dangling "therefore"', () => {
    const text = ask('ai products: why do two built on one model feel different?');
    expect(text).toMatch(/^Two products built on the same model can feel completely different, because/);
    expect(text).not.toContain('therefore');
  });

  it('answers whether a picture costs more to generate than text', () => {
    expect(ask('does an image cost more to generate than text?')).toMatch(/^Yes: producing one high-resolution image takes far more GPU compute than an LLM needs to write a paragraph of text/);
  });
});

describe('the default knowledge on a compared name it does not hold', () => {
  it('says a versioned product the catalog lacks is not covered, rather than describing the other side alone', () => {
    const text = ask('GPT-5 vs Claude 3.5 Sonnet for writing, what is the real difference?');
    expect(text).toMatch(/^My documents don't cover Claude 3\.5 Sonnet, so I can't compare it with GPT-5/);
  });
});

describe('the default knowledge on a comparison padded with chat words', () => {
  it.each(['ok but the actual diff, transformer vs diffusion?'])('answers %j instead of refusing it for its padding', (question) => {
    expect(guide.ask({ text: question }).answered).toBe(true);
  });
});

describe('the default knowledge on a model set against everyday software', () => {
  it.each(['an AI model vs a normal program', 'difference between an ai model and regular software', 'how is an ai model different from ordinary software'])('answers %j with the documents\' contrast of the two', (question) => {
    const answer = guide.ask({ text: question });
    expect(answer.kind).toBe('comparison');
    expect(answer.text).toMatch(/^\*\*The difference between an AI model and traditional software\*\* is where the behaviour comes from/);
  });
});

describe('the default knowledge on sides named with a qualifier', () => {
  it('reads "traditional machine learning models" as traditional AI, not AI models in general', () => {
    expect(ask('llms vs traditional machine learning models')).toContain('**A traditional AI model**, also called predictive AI');
  });
});
