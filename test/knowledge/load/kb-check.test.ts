import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { cli, root as ROOT } from '../../cli/run-cli.js';
import { buildDocx, buildEncryptedPdf, buildPdf, buildScannedPdf, paragraph } from './office-fixtures.js';
import { createKnowledgeDir } from './temp-knowledge.js';

interface Run {
  code: number | null;
  stdout: string[];
  stderr: string[];
}

function kbCheck(args: string[], cwd = ROOT, env: Record<string, string> = {}): Run {
  const r = cli(['kb:check', ...args], { cwd, env });
  const lines = (text: string) => text.split('\n').filter(Boolean);
  return { code: r.code, stdout: lines(r.stdout), stderr: lines(r.stderr) };
}

describe('model-guide kb:check', () => {
  it('prints a summary and exits 0 for a valid folder', () => {
    const run = kbCheck(['test/fixtures/knowledge/valid']);
    expect(run).toEqual({
      code: 0,
      stdout: ['test/fixtures/knowledge/valid: 3 documents, 9 passages, 2 catalog models, 2 synonym groups; 0 errors, 0 warnings'],
      stderr: [],
    });
  });

  it('counts the passages the bot serves: the documents\' and one per catalog model', async () => {
    const dir = join(ROOT, 'knowledge');
    const bot = createGuide(await loadKnowledge(dir)).info;
    const run = kbCheck([dir]);
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toContain(`: ${bot.documents} documents, ${bot.passages} passages, ${bot.models} catalog models,`);
  });

  it('lists every error as path:line: message and exits 1', () => {
    const run = kbCheck(['--knowledge', 'test/fixtures/knowledge/broken']);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      'test/fixtures/knowledge/broken: 1 document, 2 passages, 1 catalog model, 0 synonym groups; 3 errors, 0 warnings',
      'test/fixtures/knowledge/broken/bad-front-matter.md:3: front matter: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'test/fixtures/knowledge/broken/models.yaml:7: models[1].context_window: expected number, got "200K" (model "Claude 4.5 Sonnet")',
      'test/fixtures/knowledge/broken/syntax.yaml:5: All mapping items must start at the same column',
    ]);
  });

  it('prints warnings but exits 0 when there are no errors', async () => {
    const dir = await createKnowledgeDir({ 'notes.md': '# Notes\n\nText.\n', 'scan.txt': new Uint8Array([0, 1, 2, 3]) });
    const run = kbCheck(['--knowledge', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([
      `${dir}: 1 document, 1 passage, 0 catalog models, 0 synonym groups; 0 errors, 1 warning`,
      `warning: ${dir}/scan.txt: binary file; skipped`,
    ]);
  });

  it('fails a folder with nothing to answer from, naming what to add', async () => {
    const dir = await createKnowledgeDir({ 'scan.txt': new Uint8Array([0, 1, 2, 3]) });
    const run = kbCheck([dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      `${dir}: 0 documents, 0 passages, 0 catalog models, 0 synonym groups; 1 error, 1 warning`,
      `${dir}: no documents or catalog models to answer from: none of its 1 file could be loaded (see the warnings). Add Markdown, text, YAML, HTML, PDF or Word (.docx) files.`,
      `warning: ${dir}/scan.txt: binary file; skipped`,
    ]);
  });

  it('fails on an empty folder', async () => {
    const dir = await createKnowledgeDir({ '.gitkeep': '' });
    const run = kbCheck([dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([
      `${dir}: 0 documents, 0 passages, 0 catalog models, 0 synonym groups; 1 error, 0 warnings`,
      `${dir}: no documents or catalog models to answer from: the folder is empty. Add Markdown, text, YAML, HTML, PDF or Word (.docx) files.`,
    ]);
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
    const run = kbCheck([dir]);
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

  it('checks KNOWLEDGE_DIR when no folder is given, else the project\'s own knowledge/ wherever it runs from', async () => {
    const cwd = await createKnowledgeDir({ 'kb/a.md': '# A\n\nText.\n' });
    expect(kbCheck([], cwd, { KNOWLEDGE_DIR: 'kb' }).stdout).toEqual(['kb: 1 document, 1 passage, 0 catalog models, 0 synonym groups; 0 errors, 0 warnings']);
    const fallback = kbCheck([], cwd);
    expect(fallback.code).toBe(0);
    expect(fallback.stdout[0]).toMatch(new RegExp(`^${join(ROOT, 'knowledge')}: \\d+ documents, `));
  });

  it('prints its usage with --help or -h', () => {
    for (const flag of ['--help', '-h']) {
      const run = kbCheck([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout[0]).toBe('usage: model-guide kb:check [DIR | --knowledge DIR]');
    }
  });

  it('rejects unknown options and extra folders with exit status 2 and a pointer to --help', () => {
    const unknown = kbCheck(['--verbose']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr[0]).toMatch(/^model-guide kb:check: Unknown option '--verbose'/);
    expect(unknown.stderr[1]).toBe('Run `model-guide kb:check --help` for its options.');
    expect(kbCheck(['knowledge', 'test']).stderr[0]).toBe('model-guide kb:check: unexpected argument: test');
  });

  it('names a missing folder without a stack trace and exits 1', () => {
    const run = kbCheck(['no-such-folder']);
    expect(run).toEqual({ code: 1, stdout: [], stderr: ['kb:check: knowledge folder not found: no-such-folder'] });
  });
});
