/**
 * Questions that ask two things of one subject: the first part is answered first, then the joined
 * one, each short; a part the documents leave open is said to be open beside the other.
 * Read against the default knowledge.
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

const ask = (text: string, history: string[] = []) => guide.ask({ text, history }).text;

describe('a question joined to another about the same subject', () => {
  it('gives the maker, then whether the model can be self-hosted', () => {
    const text = ask('which company makes deepseek r1, and could we run it on our own servers?');
    expect(text.startsWith('DeepSeek R1 is made by **DeepSeek**.')).toBe(true);
    expect(text).toMatch(/\n\n(?:Probably )?yes\b/i);
  });

  it('answers both parts of a follow-up whose pronoun is the last pick', () => {
    const text = ask('who is behind it, and is it open weights?', ['which model has the longest context window?']);
    expect(text).toMatch(/is made by \*\*/);
    expect(text).toMatch(/\n\n(?:No|Yes|Probably)/);
  });

  it('says the first part is not recorded, then answers the second', () => {
    const text = ask('when did gpt-5 come out, and is it open source?');
    expect(text).toMatch(/^My documents don't state the release date of GPT-5/);
    expect(text).toContain('No: GPT-5 is proprietary');
  });

  it('defines the subject asked "what X is" inside a request, then gives its uses', () => {
    const text = ask('Could you explain what a GAN is and what it tends to be used for?');
    expect(text.startsWith('**A generative adversarial network (GAN)** is')).toBe(true);
    expect(text).toContain('synthetic data');
  });

  it('defines the subject, then says no limitation is stated rather than dropping that part', () => {
    const text = ask('what is LoRA, and what are its limits?');
    expect(text.startsWith('**LoRA (Low-Rank Adaptation)**')).toBe(true);
    expect(text).toMatch(/don't state a catch or limitation/);
  });

  it('adds no second part a comparison already answers', () => {
    const text = ask('gans vs diffusion for image gen, which one wins');
    expect(text).not.toMatch(/fits best/);
  });
});

describe('an aspect asked of a subject by its full name', () => {
  it('answers from the section on that aspect, whose sentences use the short name', () => {
    expect(ask('what are generative adversarial networks used for?')).toMatch(/^\*\*GANs are used/);
  });
});

describe('a gain and a downside asked of one subject', () => {
  it('answers with the trade-off the documents state', () => {
    expect(ask('what does a math model get from a proof assistant, and what are the downsides?')).toMatch(/trade-off/);
  });
  it('keeps saying no limitation is stated when no trade-off is weighed either', () => {
    expect(ask('upsides and downsides of LoRA?')).toMatch(/don't state a catch or limitation/);
  });
});
