/**
 * One phase of the generated-knowledge benchmark, in a fresh process started by kb-scale.ts:
 * `build DIR CACHE` loads the folder, indexes it and saves the index, as `npm run kb:build` does;
 * `start DIR CACHE MAX_QUESTIONS MAX_MS` starts as `npm start` does (load, then the saved index) and
 * times answers. Sends its figures to the parent over IPC.
 */
import pino from 'pino';
import { createIndexStore } from '../src/app/live-knowledge.js';
import { loadCheckedKnowledge } from '../src/app/knowledge.js';
import { createGuide } from '../src/core/index.js';
import { loadKnowledge } from '../src/knowledge/load/index.js';
import { report } from './child.js';
import { benchQuestions, timeAnswers } from './core.js';
import { collectGarbage, heapMb, peakRssMb, round } from './stats.js';

const [phase, dir, cacheDir, maxQuestions, maxMs] = process.argv.slice(2);
const logger = pino({ level: 'warn' }, pino.destination(2));
const factory = { loadKnowledge, createGuide };
const since = (t: number) => round(performance.now() - t, 0);

async function build(): Promise<Record<string, number>> {
  const store = await createIndexStore({ dir: cacheDir! }, logger);
  let t = performance.now();
  const kb = await loadCheckedKnowledge(dir!, factory, logger);
  const loadMs = since(t);
  t = performance.now();
  const index = store.buildSearchIndex(kb);
  const buildMs = since(t);
  collectGarbage();
  const heap = heapMb();
  const peakBeforeSave = peakRssMb();
  t = performance.now();
  const saved = await store.cache.save(kb, index);
  if (!saved) throw new Error(`could not save the index in ${cacheDir}`);
  return {
    documents: kb.documents.length,
    passages: index.passages.length,
    loadMs,
    buildMs,
    saveMs: since(t),
    savedMb: round(saved.bytes / 1024 / 1024, 1),
    heapMb: heap,
    peakRssBuildMb: peakBeforeSave,
    peakRssSaveMb: peakRssMb(),
  };
}

async function start(): Promise<Record<string, number>> {
  const started = performance.now();
  const store = await createIndexStore({ dir: cacheDir! }, logger);
  const kb = await loadCheckedKnowledge(dir!, factory, logger);
  const loadMs = since(started);
  const t = performance.now();
  const saved = await store.cache.load(kb);
  if (!saved) throw new Error(`no saved index for ${dir} in ${cacheDir}`);
  const indexLoadMs = since(t);
  const guide = createGuide(kb, { index: saved.index });
  const startMs = since(started);
  const timing = timeAnswers(guide, benchQuestions(), Number(maxQuestions), Number(maxMs));
  collectGarbage();
  return { loadMs, indexLoadMs, startMs, p50: timing.p50, p99: timing.p99, questions: timing.questions, heapMb: heapMb(), peakRssMb: peakRssMb() };
}

try {
  await report({ ok: true, figures: phase === 'build' ? await build() : await start() });
} catch (error) {
  await report({ ok: false, error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
