/**
 * A follow-up asking which of the two kinds just compared to pick ("which one would you pick for a
 * support bot?") is answered about those two sides, not with catalog models, and does not say the
 * difference again: the documents pick neither for the purpose, so it says what each one is for.
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

describe('picking one of the two kinds just compared', () => {
  it.each([
    ['ok and which one would you pick for a support bot', ['chat model vs instruct model'], 'a chat model and an instruct model for a support bot'],
    ['which of the two should we use for our helpdesk?', ['base model vs instruct model'], 'a base LLM and an instruct model for our helpdesk'],
    ['so which would you go with?', ['instruct or chat model: what is the difference?'], 'an instruct model and a chat model'],
  ])('answers %j with what each side is for', (q, history, pair) => {
    const text = ask(q, history);
    expect(text.split('\n')[0]).toBe(`My documents don't pick between ${pair}; what each one is for:`);
    expect(text.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(2);
    expect(text).not.toContain('The difference between');
  });

  it('never splits a versioned model name with bold markup in a pick sentence naming both', () => {
    // The documents' sentence names GPT-5.1 twice; GPT-5 is a catalog name too.
    const text = ask('which model do chatgpt users actually talk to?', []);
    expect(text).toContain('GPT-5.1');
    expect(text).not.toMatch(/\*\*[^*\s]+\*\*[.\-]\d/);
  });
});
