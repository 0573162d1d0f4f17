/**
 * Recommendations over the default knowledge for language work (a chatbot, tickets, translation):
 * a text model's work, so no constraint brings in a model of another kind, no specialist text
 * model wins on a word of its strengths in another sense, and the situation is not refused.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text, history: [] });
const IMAGE_MODELS = /FLUX|Stable Diffusion|Midjourney|DALL-E/;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('language work picks a text model', () => {
  it.each(['best open source model for a chatbot', 'open weights model to power our virtual assistant'])('%j picks an open text model, never an image model', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('recommendation');
    expect(a.text).toMatch(/^\*\*(?:Llama|Mistral|DeepSeek)[^*]*\*\*/);
    expect(a.text).not.toMatch(IMAGE_MODELS);
  });

  it.each(['translating support tickets, which model', 'we need to translate customer emails, what should we use'])('%j picks a general text model, not a math model whose strength "translates" proofs', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('recommendation');
    expect(a.text).not.toMatch(/InternLM2-Math/);
    expect(a.text).toMatch(/fits best: [^.]*language tasks/);
  });
});

describe('language work anchors a situation', () => {
  it('answers a slow bot with a fast model', () => {
    const a = ask('users complain our bot is too slow, what should we do');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^\*\*(?:GPT-5\.1|Claude Haiku 4\.5)\*\* \([^)]+\) fits best: [^.]*\b(?:quick|fast)/);
  });

  it.each(['tight budget, lots of short classification requests', 'low budget, we have tons of customer messages to translate, which model'])('%j picks the cheapest model, not a kind of model', (q) => {
    expect(ask(q).text).toMatch(/^\*\*Gemini 2\.5 Flash\*\* \(Google\) fits best: the lowest per-token price/);
  });
});

describe('whether models read images', () => {
  it.each(['Can any of these models see images?', 'are there models that can read photos?'])('%j answers yes with the vision model and the catalog models that take images in', (q) => {
    const a = ask(q);
    expect(a.text).toMatch(/^Yes\. \*\*A vision model\*\* takes an image as input/);
    expect(a.text).toMatch(/In my documents, \*\*GPT-4o\*\*.* take images as input\./);
    expect(a.text).not.toMatch(/image generation model/i);
  });
});
