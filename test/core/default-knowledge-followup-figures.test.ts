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

describe('whether one model is of a kind of model', () => {
  it.each([['is it an instruct model?'], ['is that one a base model?'], ['is it a chat model?']])('answers %j about the model the thread is about, not with the kind\'s definition', (q) => {
    const text = ask(q, ['tell me about llama 3.3']).text;
    expect(text).toMatch(/^My documents don't say whether Llama 3\.3 is an? (?:instruct|base|chat) model: they list it as an open-source large language model \(LLM\)/);
  });

  it('says yes from the kinds its entry records', () => {
    expect(ask('is gpt-5 a reasoning model?', []).text).toMatch(/^Yes: my documents list GPT-5 as a reasoning model/);
  });

  it('says not recorded for a catalog kind its entry leaves out, the model set beside the kind', () => {
    expect(ask('is claude haiku 4.5 a reasoning model?', []).text).toBe('Not that my documents record: they list Claude Haiku 4.5 as a proprietary large language model (LLM), not as a reasoning model.');
  });

  it('says yes when its name marks the kind', () => {
    expect(ask('is it an instruct model?', ['tell me about llama 4 maverick instruct']).text).toMatch(/^Yes: Llama 4 Maverick Instruct is an instruct model, as its name says/);
  });
});
