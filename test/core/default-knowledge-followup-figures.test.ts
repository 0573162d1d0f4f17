/**
 * Follow-ups answered against what the earlier turns understood: "what about cost?" after a pick is
 * the picked model's price, with its unit, not the pick made again with a bare "$3.00 / $15.00".
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

describe('a figure asked of the model an answer picked', () => {
  it.each([['what about cost?'], ['and the price?'], ['how much does it cost?']])('answers %j with the pick\'s price and its unit', (q) => {
    const a = ask(q, ['which model is best for coding?']);
    expect(a.kind).toBe('fact');
    expect(a.text).toMatch(/^Claude 4\.5 Sonnet costs \*\*\$3\.00 per 1M input tokens and \$15\.00 per 1M output tokens\*\*/);
    expect(a.text).not.toContain('fits best');
  });
});

describe('models asked for by their maker, then ranked', () => {
  it.each([['what models does Anthropic make?'], ['list anthropic models'], ['which products does Anthropic offer?']])('lists only the Anthropic models for %j', (q) => {
    const a = ask(q, []);
    expect(a.kind).toBe('list');
    const items = a.text.split('\n').filter((l) => l.startsWith('- **'));
    expect(items.length).toBeGreaterThan(3);
    for (const line of items) expect(line).toContain('(Anthropic');
  });

  it.each([['which is the cheapest?'], ['and the cheapest one?']])('ranks %j among the maker\'s models just listed, not the whole catalog', (q) => {
    const text = ask(q, ['what models does Anthropic make?']).text;
    expect(text).toContain('Claude 4.5 Sonnet');
    expect(text).not.toMatch(/Gemini|GPT-5/);
  });
});
