import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { buildDocx, buildEncryptedPdf, buildPartlyScannedPdf, buildPdf, buildScannedPdf, paragraph } from './office-fixtures.js';
import { createKnowledgeDir, loadFiles, problemLines } from './temp-knowledge.js';

const SUPPORTED = '.md, .markdown, .txt, .yaml, .yml, .html, .htm, .pdf, .docx';

describe('files the loader cannot use', () => {
  it('reports an encrypted PDF, a scan without text, a navigation-only page and a corrupt Word file, and loads the rest', async () => {
    const good = await buildDocx({ blocks: [{ heading: 1, text: 'Lockers' }, { text: 'Lockers open with the otter key.' }] });
    const kb = await loadFiles({
      'locked.pdf': await buildEncryptedPdf(),
      'scan.pdf': await buildScannedPdf(2),
      'menu.html': '<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul></nav><footer>© Us</footer><script>track()</script></body></html>',
      'broken.docx': good.slice(0, Math.floor(good.length / 2)),
      'lockers.docx': good,
      'notes.md': '# Notes\n\nThe printer is on the second floor.\n',
    });
    expect(problemLines(kb)).toEqual([
      'warning: broken.docx: not a readable Word file (not a zip archive (Corrupted zip: can\'t find end of central directory)); skipped',
      'warning: locked.pdf: encrypted PDF: it needs a password to open; skipped (save an unprotected copy to load it)',
      'warning: menu.html: no page content: only navigation, headers, footers, banners, scripts or styles; skipped',
      'warning: scan.pdf: no text layer (all 2 pages are images only, as in a scan); skipped: run it through OCR first',
    ]);
    expect(kb.documents.map((d) => d.path)).toEqual(['lockers.docx', 'notes.md']);
  });

  it('loads the pages of a partly scanned PDF that have text, naming the ones that have none', async () => {
    const pdf = await buildPartlyScannedPdf([[{ text: 'Ferry timetable', size: 18 }, ...paragraph('The ferry leaves at seven.')]], [2, 3]);
    const kb = await loadFiles({ 'ferry.pdf': pdf });
    expect(problemLines(kb)).toEqual(['warning: ferry.pdf: pages 2, 3 of 3 have no text layer (scanned images?) and are not indexed']);
    expect(kb.passages.map((p) => [p.section, p.page])).toEqual([['Ferry timetable', 1]]);
  });

  it('names every file of a type it does not read, with the types it does', async () => {
    const kb = await loadFiles({ 'a.md': '# A\n\nText.\n', 'chart.png': new Uint8Array([137, 80, 78, 71]), 'data/sheet.xlsx': 'x', 'old.doc': 'x' });
    expect(problemLines(kb)).toEqual([
      `warning: chart.png: unsupported file type (.png); skipped (the loader reads ${SUPPORTED})`,
      `warning: data/sheet.xlsx: unsupported file type (.xlsx); skipped (the loader reads ${SUPPORTED})`,
      `warning: old.doc: unsupported file type (.doc); skipped (the loader reads ${SUPPORTED})`,
    ]);
  });

  it('skips a file over the size limit without reading it', async () => {
    const dir = await createKnowledgeDir({ 'a.md': '# A\n\nText.\n', 'big.pdf': await buildPdf({ pages: [paragraph('Too big.')] }) });
    const kb = await loadKnowledge(dir, { maxFileBytes: 200 });
    expect(problemLines(kb)).toEqual([expect.stringMatching(/^warning: big\.pdf: too large \(0\.0 MB; files over 0\.0 MB are not loaded\); skipped$/)]);
    expect(kb.documents.map((d) => d.path)).toEqual(['a.md']);
  });

  it('reports a PDF that is not one', async () => {
    const kb = await loadFiles({ 'a.md': '# A\n\nText.\n', 'fake.pdf': 'this is a plain text file with a .pdf name' });
    expect(problemLines(kb)).toEqual([expect.stringMatching(/^warning: fake\.pdf: not a readable PDF \(.+\); skipped$/)]);
  });

  it('is an error for an empty folder, and for one whose every file was skipped', async () => {
    const empty = await loadKnowledge(await createKnowledgeDir({}));
    expect(empty.problems).toEqual([
      {
        path: '',
        severity: 'error',
        message: 'no documents or catalog models to answer from: the folder is empty. Add Markdown, text, YAML, HTML, PDF or Word (.docx) files.',
      },
    ]);

    const dir = await createKnowledgeDir({ 'scan.pdf': await buildScannedPdf(1) });
    await writeFile(join(dir, 'photo.jpg'), new Uint8Array([0xff, 0xd8, 0xff]));
    const skipped = await loadKnowledge(dir);
    expect(skipped.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      'no documents or catalog models to answer from: none of its 2 files could be loaded (see the warnings). Add Markdown, text, YAML, HTML, PDF or Word (.docx) files.',
    ]);
  });
});
