/**
 * A folder of generated PDFs (200 by default): how long the loader takes to read them and how much
 * memory it needs, measured in a fresh process so the figures are the loader's alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child.js';
import { generatePdfs } from './pdf-generate.js';
import type { BenchRow } from './stats.js';
import { round } from './stats.js';

interface ChildResult {
  ok: boolean;
  figures?: Record<string, number>;
  error?: string;
}

export async function benchPdfLoad(options: { files: number }): Promise<BenchRow> {
  const root = mkdtempSync(join(tmpdir(), 'model-guide-bench-pdf-'));
  try {
    const dir = join(root, 'knowledge');
    let t = performance.now();
    const generated = await generatePdfs(dir, options.files);
    const generateMs = round(performance.now() - t, 0);
    const child = startChild('pdf-load-child.ts', [dir], { timeoutMs: 10 * 60_000 });
    t = performance.now();
    const result = await child.next<ChildResult>().catch((error: Error) => ({ ok: false, error: error.message }) as ChildResult);
    await child.exited;
    const row: BenchRow = {
      benchmark: `${options.files} generated PDFs`,
      size: `${generated.files} files / ${generated.pages} pages / ${(generated.bytes / 1024 / 1024).toFixed(1)} MB`,
      'generate ms (not the loader)': generateMs,
    };
    if (!result.ok || !result.figures) return { ...row, error: result.error ?? 'failed' };
    const f = result.figures;
    return {
      ...row,
      documents: f.documents!,
      passages: f.passages!,
      'load warnings': f.warnings!,
      'load ms': f.loadMs!,
      'load ms per file': f.msPerFile!,
      'heap kept MB (loaded knowledge)': f.heapKeptMb!,
      'peak RSS MB (load)': f.peakRssLoadMb!,
      'guide build ms': f.guideMs!,
      'peak RSS MB (+ guide)': f.peakRssMb!,
      'a question answered from a PDF': f.answeredFromPdf ? 'yes' : 'no',
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
