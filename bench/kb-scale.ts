/**
 * Generated knowledge bases of realistic Markdown (10 MB; 100 MB with --large): how long loading,
 * indexing and saving take, how fast a start-up from the saved index is, and answer latency on it.
 * Each phase runs in a fresh process capped at 2 GB of heap (the target's memory budget).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child.js';
import { generateKnowledge } from './kb-generate.js';
import type { BenchRow } from './stats.js';

/** The memory budget the issue sets for a 100 MB knowledge base. */
export const HEAP_CAP_MB = 2048;

interface ChildResult {
  ok: boolean;
  figures?: Record<string, number>;
  error?: string;
}

async function phase(args: string[]): Promise<Record<string, number> | string> {
  const child = startChild('kb-scale-child.ts', args, { maxHeapMb: HEAP_CAP_MB, timeoutMs: 15 * 60_000 });
  const result = await child.next<ChildResult>().catch((error: Error) => ({ ok: false, error: error.message }) as ChildResult);
  await child.exited;
  return result.ok && result.figures ? result.figures : (result.error ?? 'failed');
}

export interface ScaleOptions {
  megabytes: number;
  /** Questions timed at most, and for at most this long. */
  questions: number;
  maxAnswerMs: number;
}

/** Generates the knowledge base in a temp folder, measures it, and removes it again. */
export async function benchScale(options: ScaleOptions): Promise<BenchRow> {
  const root = mkdtempSync(join(tmpdir(), 'model-guide-bench-'));
  try {
    const dir = join(root, 'knowledge');
    const cache = join(root, 'cache');
    const generated = generateKnowledge(dir, options.megabytes, { seed: 42, defaultKnowledge: join(import.meta.dirname, '..', 'knowledge') });
    const build = await phase(['build', dir, cache]);
    const start = typeof build === 'string' ? 'skipped: the build failed' : await phase(['start', dir, cache, String(options.questions), String(options.maxAnswerMs)]);
    const row: BenchRow = {
      benchmark: `generated ${options.megabytes} MB knowledge`,
      size: `${generated.files} files / ${(generated.bytes / 1024 / 1024).toFixed(1)} MB`,
    };
    if (typeof build === 'string') return { ...row, error: build };
    Object.assign(row, {
      passages: build.passages!,
      'load ms': build.loadMs!,
      'index build ms': build.buildMs!,
      'save ms': build.saveMs!,
      'saved MB': build.savedMb!,
      'build heap MB': build.heapMb!,
      'peak RSS MB (load + build)': build.peakRssBuildMb!,
      'peak RSS MB (+ save)': build.peakRssSaveMb!,
    });
    if (typeof start === 'string') return { ...row, error: start };
    const reload = await phase(['reload', dir, cache]);
    return {
      ...row,
      'start (load + saved index) ms': start.startMs!,
      'saved-index load ms': start.indexLoadMs!,
      'p50 ms': start.p50!,
      'p99 ms': start.p99!,
      questions: start.questions!,
      'heap MB': start.heapMb!,
      ...(typeof reload === 'string'
        ? { 'reload': `failed: ${reload}` }
        : { 'reload ms': reload.reloadMs!, 'longest answering pause in reload ms': reload.longestPauseMs!, 'peak RSS MB (reload)': reload.peakRssMb! }),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
