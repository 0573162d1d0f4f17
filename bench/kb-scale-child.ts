/**
 * One phase of the generated-knowledge benchmark, in a fresh process started by kb-scale.ts:
 * `build DIR CACHE` loads the folder, indexes it and saves the index, as `npm run kb:build` does;
 * `start DIR CACHE MAX_QUESTIONS MAX_MS` starts as `npm start` does (load, then the saved index) and
 * times answers; `reload DIR CACHE` runs from the saved index and reloads once. Sends its figures to the
 * parent over IPC.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { createKnowledgeReloader } from '../src/app/knowledge-reload.js';
import { createGuideFor, loadCheckedKnowledge } from '../src/app/knowledge.js';
import { createLiveGuide } from '../src/app/live-guide.js';
import { createIndexStore } from '../src/app/live-knowledge.js';
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
  const guide = createGuide(kb, { index: saved.index, turnCacheSize: 0 });
  const startMs = since(started);
  const timing = timeAnswers(guide, benchQuestions(), Number(maxQuestions), Number(maxMs));
  collectGarbage();
  return { loadMs, indexLoadMs, startMs, p50: timing.p50, p99: timing.p99, questions: timing.questions, heapMb: heapMb(), peakRssMb: peakRssMb() };
}

/**
 * A live reload while running from the saved index: how long it takes, the longest pause in answering
 * it causes (the event loop is busy indexing), and the memory with the old and the new index alive.
 */
async function reload(): Promise<Record<string, number>> {
  const store = await createIndexStore({ dir: cacheDir! }, logger);
  const kb = await loadCheckedKnowledge(dir!, factory, logger);
  const saved = await store.cache.load(kb);
  const guide = createLiveGuide(createGuide(kb, saved ? { index: saved.index } : {}));
  // An edit: one new document, so the saved index no longer fits and the reload indexes everything again.
  writeFileSync(join(dir!, 'bench-edit.md'), '---\ntitle: Bench edit\n---\n\n# Bench edit\n\n## Zorblax\n\n**Zorblax** is a made-up model added by the benchmark.\n');
  const reloader = createKnowledgeReloader({
    guide,
    logger,
    watching: () => 'bench',
    load: () => loadCheckedKnowledge(dir!, factory, logger),
    build: (next) => createGuideFor(next, factory, logger, { store, offThread: true }),
  });
  const pauses = monitorEventLoopDelay({ resolution: 10 });
  pauses.enable();
  const t = performance.now();
  const outcome = await reloader.reload('bench');
  const reloadMs = since(t);
  pauses.disable();
  if (outcome !== 'swapped') throw new Error(`reload ${outcome}`);
  return { reloadMs, longestPauseMs: round(pauses.max / 1e6, 0), peakRssMb: peakRssMb() };
}

try {
  const run = phase === 'build' ? build : phase === 'reload' ? reload : start;
  await report({ ok: true, figures: await run() });
} catch (error) {
  await report({ ok: false, error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
