/**
 * `pdf-load-child.ts DIR`: loads a folder of PDFs as start-up does, in a fresh process, then builds the
 * guide and answers one question from it; sends the figures to the parent (bench/pdf-load.ts).
 */
import { createGuide } from '../src/core/index.js';
import { loadKnowledge } from '../src/knowledge/load/index.js';
import { report } from './child.js';
import { collectGarbage, heapMb, peakRssMb, round } from './stats.js';

const dir = process.argv[2]!;
try {
  collectGarbage();
  const heapBefore = heapMb();
  let t = performance.now();
  const kb = await loadKnowledge(dir);
  const loadMs = round(performance.now() - t, 0);
  const peakLoad = peakRssMb();
  collectGarbage();
  const heapKept = round(heapMb() - heapBefore, 1);
  t = performance.now();
  const guide = createGuide(kb);
  const guideMs = round(performance.now() - t, 0);
  const answered = guide.ask({ text: 'What is the context window?' }).sources.some((s) => s.path.endsWith('.pdf'));
  await report({
    ok: true,
    figures: {
      documents: kb.documents.length,
      passages: kb.passages.length,
      warnings: kb.problems.length,
      loadMs,
      msPerFile: round(loadMs / Math.max(1, kb.documents.length), 1),
      heapKeptMb: heapKept,
      peakRssLoadMb: peakLoad,
      guideMs,
      peakRssMb: peakRssMb(),
      answeredFromPdf: answered ? 1 : 0,
    },
  });
} catch (error) {
  await report({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
