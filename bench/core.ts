import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGuide } from '../src/core/index.js';
import { loadKnowledge } from '../src/knowledge/load/index.js';
import { buildSearchIndex } from '../src/knowledge/search/search-index.js';
import { collectGarbage, heapMb, percentile, round, type BenchRow } from './stats.js';

const root = join(import.meta.dirname, '..');

/** Questions to time: the dev set's when it is beside the repo, otherwise a built-in mix. */
export function benchQuestions(): Array<{ q: string; history: string[] }> {
  try {
    return readFileSync(join(root, '..', 'shared', 'eval', 'dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { q: string; history?: string[] })
      .map((x) => ({ q: x.q, history: x.history ?? [] }));
  } catch {
    return ['what is a reasoning model?', 'which model for images on-prem?', 'GAN vs diffusion?', 'what does Claude 4.5 Sonnet cost per 1M tokens?', 'list the top video models', 'weather in Berlin?'].map((q) => ({ q, history: [] }));
  }
}

/** Times questions through a guide: p50/p99 per question in ms, over `total` questions or `maxMs`, whichever ends first. */
export function timeAnswers(guide: ReturnType<typeof createGuide>, questions: ReturnType<typeof benchQuestions>, total: number, maxMs = Infinity) {
  for (const { q, history } of questions) guide.ask({ text: q, history }); // warm-up
  const times: number[] = [];
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < total && performance.now() < deadline; i++) {
    const { q, history } = questions[i % questions.length]!;
    const t = performance.now();
    guide.ask({ text: q, history });
    times.push(performance.now() - t);
  }
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  times.sort((a, b) => a - b);
  return { mean: round(mean, 3), p50: round(percentile(times, 50), 3), p99: round(percentile(times, 99), 3), questions: times.length };
}

/** The answering core on the default knowledge base. */
export async function benchCore(total = 3000): Promise<BenchRow> {
  let t = performance.now();
  const kb = await loadKnowledge(join(root, 'knowledge'));
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = buildSearchIndex(kb);
  const buildMs = performance.now() - t;
  // No turn cache: every question is understood and answered from scratch, as a new question is.
  const guide = createGuide(kb, { index, turnCacheSize: 0 });
  const timing = timeAnswers(guide, benchQuestions(), total);
  collectGarbage();
  return {
    benchmark: 'core, default knowledge',
    size: `${kb.documents.length} docs / ${index.passages.length} passages`,
    'load ms': round(loadMs, 1),
    'index build ms': round(buildMs, 1),
    'mean ms': timing.mean,
    'p50 ms': timing.p50,
    'p99 ms': timing.p99,
    questions: timing.questions,
    'heap MB': heapMb(),
  };
}
