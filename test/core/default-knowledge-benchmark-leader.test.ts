/**
 * "Who leads <benchmark>?" over the default knowledge: the catalog's scores rank the models; a
 * benchmark the documents describe but score no model on is said by name, with what they say of it.
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

describe('the default knowledge on benchmark leaders', () => {
  it('names the leader with its score when the catalog scores models on the benchmark', () => {
    expect(ask("who's #1 on LMArena Elo right now").text).toMatch(/^\*\*Gemini 2\.5 Pro\*\*.*1,452/);
  });

  it('names a benchmark no model is scored on, with what the documents say of it', () => {
    const text = ask('which model is the leader on GPQA Diamond?').text;
    expect(text).toMatch(/^My documents give no model's score on GPQA Diamond/);
    expect(text).toContain('graduate-level science');
  });
});
