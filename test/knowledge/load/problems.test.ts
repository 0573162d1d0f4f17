import { chmod, mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledge } from '../../../src/knowledge/load/index.js';
import { loadFile } from '../../../src/knowledge/load/load-file.js';
import type { LoadProblem } from '../../../src/knowledge/types.js';
import { createKnowledgeDir, loadFiles, problemLines } from './temp-knowledge.js';

/** Root reads any file whatever its permissions, so the unreadable-file case cannot be set up. */
const isRoot = process.getuid?.() === 0;

describe('malformed input', () => {
  it('skips a Markdown file whose front matter is not valid YAML, with the line in the file', async () => {
    const kb = await loadFiles({
      'bad.md': '---\ntitle: Broken\ntags: [a, b\n---\n# Broken\n\nText.\n',
      'good.md': '# Good\n\nText.\n',
    });
    expect(problemLines(kb)).toEqual([
      'bad.md:3: front matter: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(kb.documents.map((d) => d.path)).toEqual(['good.md']);
  });

  it('skips front matter that is never closed', async () => {
    const kb = await loadFiles({ 'open.md': '---\ntitle: Open\n\n# Heading\n' });
    expect(problemLines(kb)).toEqual(['open.md:1: front matter: no closing "---" line']);
  });

  it('warns about front matter fields of the wrong shape and loads the rest', async () => {
    const kb = await loadFiles({ 'a.md': '---\ntitle: Fine\ntags: { a: 1 }\n---\nBody.\n' });
    expect(problemLines(kb)).toEqual(['warning: a.md:3: front matter tags: expected a list of words; ignored']);
    expect(kb.documents[0]).toMatchObject({ title: 'Fine', tags: [] });
  });

  it('skips binary files and files it cannot read, with a warning', async () => {
    const dir = await createKnowledgeDir({
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'notes.md': '# Notes\n\nText.\n',
    });
    const seen: LoadProblem[] = [];
    const kb = await loadKnowledge(dir, { onProblem: (p) => seen.push(p) });
    expect(problemLines(kb)).toEqual(['warning: image.txt: binary file; skipped']);
    expect(seen).toEqual(kb.problems);
    expect(kb.documents.map((d) => d.path)).toEqual(['notes.md']);
  });

  it.skipIf(isRoot)(`warns about a file it has no permission to read${isRoot ? ' (skipped: running as root, which can read any file)' : ''}`, async () => {
    const dir = await createKnowledgeDir({ 'secret.md': '# Secret\n', 'notes.md': '# Notes\n\nText.\n' });
    await chmod(join(dir, 'secret.md'), 0o000);
    expect(problemLines(await loadKnowledge(dir))).toEqual(['warning: secret.md: cannot read file (EACCES); skipped']);
  });

  it('warns about a file that disappears or cannot be opened', async () => {
    const result = await loadFile({ path: 'gone.md', absolutePath: '/no/such/gone.md', format: 'markdown' }, {});
    expect(result.problems).toEqual([{ path: 'gone.md', message: 'cannot read file (ENOENT); skipped', severity: 'warning' }]);
    expect(result.document).toBeUndefined();
  });

  it('warns about empty files', async () => {
    expect(problemLines(await loadFiles({ 'empty.md': '  \n\n', 'notes.md': '# Notes\n\nText.\n' }))).toEqual(['warning: empty.md: empty file; skipped']);
  });

  it('throws an error naming a missing folder, or a file given as the folder', async () => {
    await expect(loadKnowledge('/no/such/knowledge')).rejects.toThrow('knowledge folder not found: /no/such/knowledge');
    const dir = await createKnowledgeDir({ 'file.md': '# x\n' });
    await expect(loadKnowledge(join(dir, 'file.md'))).rejects.toThrow(`knowledge folder is not a directory: ${join(dir, 'file.md')}`);
  });

  it('formats problems as path:line: message, warnings prefixed', () => {
    expect(formatProblem({ path: 'models.yaml', line: 42, message: 'bad', severity: 'error' }, 'knowledge/')).toBe('knowledge/models.yaml:42: bad');
    expect(formatProblem({ path: 'a.bin', message: 'binary file; skipped', severity: 'warning' })).toBe('warning: a.bin: binary file; skipped');
  });
});

describe('walking the folder', () => {
  it('reads Markdown, text, extension-less and YAML files, passes over hidden folders and node_modules, and names the other files it skips', async () => {
    const kb = await loadFiles({
      'a.md': '# A\n\nText.',
      'b.markdown': '# B\n\nText.',
      'nested/deep/c.txt': 'C\n\nText.',
      'README': 'Readme\n\nText.',
      'd.yml': 'facts:\n  one: 1\n',
      '.hidden/e.md': '# E\n\nText.',
      '.draft.md': '# Draft\n\nText.',
      'node_modules/pkg/f.md': '# F\n\nText.',
      'logo.png': 'not really a png',
      'script.js': 'console.log(1)',
    });
    expect(kb.documents.map((d) => [d.id, d.format])).toEqual([
      ['README', 'text'],
      ['a.md', 'markdown'],
      ['b.markdown', 'markdown'],
      ['d.yml', 'yaml'],
      ['nested/deep/c.txt', 'text'],
    ]);
    expect(problemLines(kb)).toEqual([
      expect.stringMatching(/^warning: logo\.png: unsupported file type \(\.png\); skipped/),
      expect.stringMatching(/^warning: script\.js: unsupported file type \(\.js\); skipped/),
    ]);
  });

  it('reads a .txt file that opens with front matter as Markdown', async () => {
    const kb = await loadFiles({ 'article.txt': '---\ntitle: Article\n---\n# Article\n\n## Part\n\nText <!-- hidden -->.\n' });
    expect(kb.documents[0]).toMatchObject({ title: 'Article', format: 'markdown' });
    expect(kb.passages.map((p) => p.text)).toEqual(['Text.']);
  });

  it('reads a text file that starts with a Markdown heading as Markdown', async () => {
    const kb = await loadFiles({ 'NOTES': '# Notes\n\nSome **bold** [link](https://example.com) text.\n' });
    expect(kb.documents[0]).toMatchObject({ title: 'Notes', format: 'markdown' });
    expect(kb.passages[0]!.text).toBe('Some **bold** link text.');
  });

  it('follows symbolic links without looping', async () => {
    const dir = await createKnowledgeDir({ 'real/a.md': '# A\n\nText.' });
    await symlink(join(dir, 'real'), join(dir, 'link'));
    await mkdir(join(dir, 'real', 'loop'));
    await symlink(dir, join(dir, 'real', 'loop', 'back'));
    const kb = await loadKnowledge(dir);
    expect(kb.documents.map((d) => d.path)).toEqual(['link/a.md']);
  });

  it('hashes paths and contents: the same files give the same hash, any change a new one', async () => {
    const files = { 'a.md': '# A\n\nText.', 'b.txt': 'B\n\nText.' };
    const first = await loadFiles(files);
    const again = await loadFiles(files);
    const edited = await loadFiles({ ...files, 'b.txt': 'B\n\nOther text.' });
    const renamed = await loadFiles({ 'a.md': files['a.md'], 'c.txt': files['b.txt'] });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(again.hash).toBe(first.hash);
    expect(edited.hash).not.toBe(first.hash);
    expect(renamed.hash).not.toBe(first.hash);
  });

  it('stamps loadedAt with the load time', async () => {
    const before = Date.now();
    const kb = await loadFiles({ 'a.md': '# A\n\nText.' });
    expect(kb.loadedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(kb.loadedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('keeps passage ids unique across documents', async () => {
    const kb = await loadFiles({ 'a.md': '# A\n\nOne.\n\n## B\n\nTwo.', 'b/a.md': '# A\n\nThree.' });
    expect(kb.passages.map((p) => p.id)).toEqual(['a.md#1', 'a.md#2', 'b/a.md#1']);
  });
});
