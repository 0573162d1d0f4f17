/**
 * A follow-up asking which of two models just compared to pick for a purpose ("ok which of the two
 * for our helpdesk bot?") picks between those two, never a third catalog model: by the kind of work
 * only one is made for, by price when cost is the need, or by the one whose uses hold the purpose;
 * else it says the documents don't pick and what each one is for.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;
const ask = (text: string, history: string[]) => guide.ask({ text, history }).text;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('picking one of the two models just compared', () => {
  it.each([
    ['ok so which of the two for our helpdesk bot?', ['compare gpt-5 and claude 4.5 sonnet'], 'GPT-5 and Claude 4.5 Sonnet for our helpdesk bot'],
    ['ok which for coding', ['claude opus 4.5 vs gpt-5'], 'Claude Opus 4.5 and GPT-5 for coding'],
    ['which one would u use for product shots', ['dall-e 3 or midjourney v7?'], 'DALL-E 3 and Midjourney v7 for product shots'],
  ])('answers %j about those two only', (q, history, pair) => {
    const text = ask(q, history);
    expect(text.split('\n')[0]).toBe(`My documents don't pick between ${pair}; what each one is for:`);
    expect(text.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(2);
  });

  it.each([
    ['so which should a startup go with', ['gpt-5 vs gemini 2.5 pro'], 'For a startup, **Gemini 2.5 Pro** is the cheaper of the two'],
    ['and which one is better for math?', ['deepseek r1 vs gpt-5'], 'For math, **GPT-5** is the better fit of the two'],
    ['which of the two for writing code', ['gpt-5 vs claude 4.5 sonnet'], '**Claude 4.5 Sonnet** is the better fit of the two'],
  ])('answers %j with the one of the two the catalog settles', (q, history, lead) => {
    expect(ask(q, history).split('\n')[0]).toContain(lead);
  });
});
