import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildEncryptedPdf, buildPdf, buildScannedPdf, paragraph } from './office-fixtures.js';
import { createKnowledgeDir } from './temp-knowledge.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'src', 'cli', 'kb-check.ts');

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

function kbCheck(args: string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { cwd }, (error, stdout, stderr) => {
      const lines = (text: string) => text.split('\n').filter(Boolean);
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: lines(stdout), stderr: lines(stderr) });
    });
  });
}

describe('npm run kb:check', () => {
  it('prints a summary and exits 0 for a valid folder', async () => {
    const run = await kbCheck(['test/fixtures/knowledge/valid']);
    expect(run).toEqual({
      code: 0,
      stdout: ['test/fixtures/knowledge/valid: 3 documents, 7 passages, 2 catalog models, 2 synonym groups; 0 errors, 0 warnings'],
      stderr: [],
    });
  });

  it('lists every error as path:line: message and exits 1', async () => {
    const run = await kbCheck(['test/fixtures/knowledge/broken']);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      'test/fixtures/knowledge/broken: 1 document, 1 passage, 1 catalog model, 0 synonym groups; 3 errors, 0 warnings',
      'test/fixtures/knowledge/broken/bad-front-matter.md:3: front matter: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'test/fixtures/knowledge/broken/models.yaml:7: models[1].context_window: expected number, got "200K" (model "Claude 4.5 Sonnet")',
      'test/fixtures/knowledge/broken/syntax.yaml:5: All mapping items must start at the same column',
    ]);
  });

  it('prints warnings but exits 0 when there are no errors', async () => {
    const dir = await createKnowledgeDir({ 'notes.md': '# Notes\n\nText.\n', 'scan.txt': new Uint8Array([0, 1, 2, 3]) });
    const run = await kbCheck(['--knowledge', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([
      `${dir}: 1 document, 1 passage, 0 catalog models, 0 synonym groups; 0 errors, 1 warning`,
      `warning: ${dir}/scan.txt: binary file; skipped`,
    ]);
  });

  it('checks ./knowledge when no folder is given', async () => {
    const cwd = await createKnowledgeDir({ 'knowledge/a.md': '# A\n\nText.\n' });
    const run = await kbCheck([], cwd);
    expect(run.stdout).toEqual(['knowledge: 1 document, 1 passage, 0 catalog models, 0 synonym groups; 0 errors, 0 warnings']);
    expect(run.code).toBe(0);
  });

  it('names every file it skipped and why, and loads the rest', async () => {
    const docx = await buildDocx({ blocks: [{ heading: 1, text: 'Lockers' }, { text: 'Lockers open with the otter key.' }] });
    const dir = await createKnowledgeDir({
      'guide.pdf': await buildPdf({ pages: [[{ text: 'Guide', size: 18 }, ...paragraph('The guide has one page of text.')]] }),
      'lockers.docx': docx,
      'wiki/page.html': '<html><head><title>Page</title></head><body><main><p>A page of text.</p></main></body></html>',
      'locked.pdf': await buildEncryptedPdf(),
      'scan.pdf': await buildScannedPdf(1),
      'wiki/menu.htm': '<html><body><nav><a href="/">Home</a> <a href="/b">Blog</a></nav></body></html>',
      'corrupt.docx': docx.slice(0, 300),
      'diagram.png': new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    });
    const run = await kbCheck([dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([
      `${dir}: 3 documents, 3 passages, 0 catalog models, 0 synonym groups; 0 errors, 5 warnings`,
      `warning: ${dir}/corrupt.docx: not a readable Word file (not a zip archive (Corrupted zip: can't find end of central directory)); skipped`,
      `warning: ${dir}/diagram.png: unsupported file type (.png); skipped (the loader reads .md, .markdown, .txt, .yaml, .yml, .html, .htm, .pdf, .docx)`,
      `warning: ${dir}/locked.pdf: encrypted PDF: it needs a password to open; skipped (save an unprotected copy to load it)`,
      `warning: ${dir}/scan.pdf: no text layer (its page is images only, as in a scan); skipped: run it through OCR first`,
      `warning: ${dir}/wiki/menu.htm: no page content: only navigation, headers, footers, banners, scripts or styles; skipped`,
    ]);
  });

  it('fails on an empty folder', async () => {
    const dir = await createKnowledgeDir({ '.gitkeep': '' });
    const run = await kbCheck([dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      `${dir}: 0 documents, 0 passages, 0 catalog models, 0 synonym groups; 1 error, 0 warnings`,
      `${dir}/: no documents or catalog models to answer from: the folder is empty. Add Markdown, text, YAML, HTML, PDF or Word (.docx) files.`,
    ]);
  });

  it('rejects unknown options with the usage line', async () => {
    const run = await kbCheck(['--verbose']);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual(['kb:check: unexpected arguments: --verbose', 'usage: npm run kb:check [-- DIR | --knowledge DIR]   (DIR defaults to ./knowledge)']);
  });

  it('names a missing folder without a stack trace and exits 1', async () => {
    const run = await kbCheck(['no-such-folder']);
    expect(run).toEqual({ code: 1, stdout: [], stderr: ['kb:check: knowledge folder not found: no-such-folder'] });
  });
});
