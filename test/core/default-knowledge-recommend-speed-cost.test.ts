/**
 * Recommendations over the default knowledge for needs that order models: speed (the entries that
 * claim it), cost waved away (a frontier model, with no cost-based reason), a large codebase (the
 * largest context window).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string, history: string[] = []) => guide.ask({ text, history });

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('a need for speed', () => {
  it.each(['we need fast responses for a chat widget', 'need something really quick for live autocomplete in our editor', 'what should we use if latency is the main concern for an autocomplete feature?'])(
    '%j picks a model whose entry claims speed, with a fast alternative',
    (q) => {
      const a = ask(q);
      expect(a.kind).toBe('recommendation');
      expect(a.text).toMatch(/^\*\*(?:Claude Haiku 4\.5|GPT-5\.1)\*\*/);
      expect(a.text).toMatch(/Alternatives: (?:Claude Haiku 4\.5|GPT-5\.1) \([^)]*\b(?:fast|quick)/);
    },
  );
});

describe('cost waved away', () => {
  it('picks a frontier model and gives no cost as its reason', () => {
    const a = ask("budget doesn't matter, we want the best possible model for analysis");
    expect(a.text).toMatch(/^\*\*[^*]+\*\* \([^)]+\) fits best: a frontier model/);
    expect(a.text.split('\n')[0]).not.toMatch(/\bcost\b|\bprice\b|\bcheap/i);
  });

  it('reads "price is irrelevant" as no price asked', () => {
    expect(ask('price is irrelevant, need the best image model').text).toMatch(/^\*\*Midjourney v7\*\*/);
  });
});

describe('written copy', () => {
  it.each(['which model should write our marketing copy and slogans?', 'we need catchy taglines for a product launch, what should we use'])('%j picks a text model with a writing reason', (q) => {
    const first = ask(q).text.split('\n')[0]!;
    expect(first).toMatch(/fits best: [^.]*writing/);
    expect(first).not.toMatch(/Midjourney|DALL-E|FLUX|Stable Diffusion/);
  });
});

describe('a fragment that names a need', () => {
  it('opens with the pick and its reason, not a clause of a table row that only lists names', () => {
    expect(ask('something for summarising calls').text).toMatch(/^\*\*[^*]+\*\* \([^)]+\) fits best: [^.]*audio/);
  });

  it('reads unit tests as a coding need, not test data', () => {
    expect(ask('a tool for generating unit tests').text).not.toMatch(/CTGAN|TabGAN/);
  });
});

describe('the thing asked for is no need', () => {
  it('does not pick a model whose only shared word with "llm for medical notes" is "llm"', () => {
    expect(ask('llm for medical notes').text).not.toMatch(/InternLM2-Math/);
  });
});
