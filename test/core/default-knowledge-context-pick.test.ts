/**
 * A pick decided by one prompt's size, over the default knowledge: the stated access (a managed API,
 * self-hosting) bounds the models, the window decides among them, and the reason says which set the
 * window is the largest of. Millions of tokens in one prompt are no monthly volume.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text });

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('a pick decided by the prompt size, within the access asked', () => {
  it('picks the managed API model with the largest window, and says it is the largest of those, not of all', () => {
    const a = ask("Proprietary is fine for us, we just don't want to run infra. Need to push ~1.5M-token documents into a single API call. What's the pick?");
    expect(a.text).toMatch(/^\*\*Gemini 2\.5 Pro\*\* \(Google\) fits best:.*the largest context window of the managed API models in my documents \(2M/);
  });

  it('picks the self-hostable model with the largest window when the pick is asked as a last sentence', () => {
    expect(ask('We need several million tokens in a single call. We have our own GPU cluster and prefer self-hosting. Which model?').text).toMatch(/^\*\*Llama 4 Scout\*\* \(Meta\) fits best/);
  });

  it('adds no advice on monthly volume to a pick for millions of tokens in one prompt', () => {
    const text = ask('we must self-host and need millions of tokens of context, which model?').text;
    expect(text).toMatch(/Llama 4 Scout/);
    expect(text).not.toMatch(/tokens a month/);
  });
});
