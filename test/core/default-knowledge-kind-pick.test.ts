/**
 * "Which benchmark / metric / setting for this need?" over the default knowledge: the pick of the
 * kind asked leads, however "how well" or "for" make the rest of the wording read.
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

describe('the default knowledge on picks of a kind other than a model', () => {
  it('picks the benchmark asked for when the wording says how well a model must do', () => {
    for (const q of ['what benchmark shows how well a model handles grad-level science', 'which eval tells us how deeply a model reasons on science questions']) {
      const a = ask(q);
      expect(a.kind, q).toBe('recommendation');
      expect(a.text, q).toMatch(/^Check \*\*GPQA Diamond\*\*/);
    }
  });

  it('keeps the names of the other benchmarks whole when a list item is answered first', () => {
    const text = ask('how do benchmarks test science reasoning').text;
    expect(text).toContain('LMArena Chatbot Arena Elo');
    expect(text).not.toMatch(/\b(?:lMArena|sWE-bench|mMMU)\b/);
  });

  it('picks a production metric for a real-time need', () => {
    for (const q of ['which metric should we watch for a realtime voice bot', 'what metric should we track for live code completion']) {
      expect(ask(q).text, q).toMatch(/^Watch \*\*latency\*\*/);
    }
  });

  it('says which way to turn the temperature for a task that must be exact, with that end\'s use', () => {
    for (const q of ['what temperature for writing code', 'which temperature should we use for generating SQL queries']) {
      const text = ask(q).text;
      expect(text, q).toMatch(/^Lower the \*\*temperature\*\* setting: a low temperature/i);
      expect(text, q).not.toMatch(/high temperature suits/);
    }
  });

  it('raises the temperature for poems', () => {
    expect(ask('what temperature for writing poems').text).toMatch(/^Raise the \*\*temperature\*\* setting/);
  });

  it('reads documents whose page count is the point as a long context, and picks a model by its window', () => {
    for (const q of ['we need to analyse 500-page contracts', 'which model for summarising 300 page reports']) {
      expect(ask(q).text, q).toMatch(/^\*\*Llama 4 Scout\*\*.*context window/);
    }
  });

  it('still picks a metric when benchmark scores are set aside', () => {
    expect(ask('besides benchmark scores, what should we track for a production-critical system').text).toMatch(/^Watch \*\*uptime\*\*/);
  });

  it('picks the human-preference leaderboard when what matters is that people enjoy chatting with the model, not a benchmark\'s definition', () => {
    for (const q of ['which benchmark if what matters is that people enjoy chatting with it?', 'which benchmark tells us whether customers will enjoy our assistant\'s answers?']) {
      expect(ask(q).text, q).toMatch(/^Check \*\*LMArena Chatbot Arena Elo\*\*: LMArena is the leaderboard that shows how much users enjoy chatting/);
    }
  });
});
