/**
 * Document metadata the core answers from: `concepts:` declarations in front matter (with problems
 * that name a bad value), and the author a plain-text article's byline names.
 */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../src/knowledge/load/metadata.js';
import { loadFiles, problemLines } from './temp-knowledge.js';

const CONCEPTS = `---
title: Where a model runs
concepts:
  - name: self-hosting
    aliases: [self-hosted, on-prem]
    kind: deployment
    broader: model deployment
  - name: model deployment
    kind: deployment
  - quantisation
---
# Where a model runs

**Self-hosting** means running a model on your own hardware.
`;

describe('concept declarations', () => {
  it('reads every declared concept with its aliases, kind, broader concept and file', async () => {
    const kb = await loadFiles({ 'ops/deploy.md': CONCEPTS });
    expect(kb.problems).toEqual([]);
    expect(kb.concepts).toEqual([
      { name: 'self-hosting', aliases: ['self-hosted', 'on-prem'], kind: 'deployment', broader: 'model deployment', path: 'ops/deploy.md' },
      { name: 'model deployment', aliases: [], kind: 'deployment', path: 'ops/deploy.md' },
      { name: 'quantisation', aliases: [], path: 'ops/deploy.md' },
    ]);
  });

  it('warns about a kind it does not know, naming the value and the kinds it knows, and keeps the rest', async () => {
    const text = CONCEPTS.replace('kind: deployment\n    broader', 'kind: hosting\n    broader');
    const kb = await loadFiles({ 'deploy.md': text });
    const lines = problemLines(kb);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: deploy\.md:6: front matter concepts\[0\]: expected "kind" of "self-hosting" to be one of model-type, technique, setting, deployment/);
    expect(lines[0]).toContain('(got "hosting")');
    expect(kb.concepts?.map((c) => c.name)).toEqual(['model deployment', 'quantisation']);
    expect(kb.passages.length).toBeGreaterThan(0);
  });

  it.each([
    ['a bad entry further down the list, at its own line', 'ok.md', '---\ntitle: A\nconcepts:\n  - quantisation\n  - kind: setting\n---\n# A\n\nText.\n', 'ok.md:5: front matter concepts[1]: expected a name'],
    ['a bad field of a single concept written without a list', 'one.md', '---\ntitle: A\nconcepts:\n  name: temperature\n  kind: dial\n---\n# A\n\nText.\n', 'one.md:5: front matter concepts[0]: expected "kind"'],
    ['a bad entry in a list of sources', 'src.md', '---\ntitle: A\nsources:\n  - title: Survey\n  - [1, 2]\n---\n# A\n\nText.\n', 'src.md:5: front matter sources: expected a title'],
    ['a bad field in a YAML facts file', 'facts.yaml', 'title: F\nconcepts:\n  - name: rag\n    aliases: {a: 1}\nfacts:\n  a: b\n', 'facts.yaml:4: concepts[0]: expected "aliases"'],
  ])('gives the line of %s', async (_what, file, text, line) => {
    expect(problemLines(await loadFiles({ [file]: text }))).toEqual([expect.stringContaining(`warning: ${line}`)]);
  });

  it('warns about aliases that are not a list of words', () => {
    const { metadata, problems } = readMetadata({ concepts: [{ name: 'rag', aliases: { a: 1 } }] }, 'a.md', () => 3, 'front matter');
    expect(metadata.concepts).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['front matter concepts[0]: expected "aliases" of "rag" to be a list of words; ignored']);
    expect(problems[0]).toMatchObject({ severity: 'warning', line: 3, path: 'a.md' });
  });

  it('warns about an entry without a name', () => {
    const { problems } = readMetadata({ concepts: [{ kind: 'setting' }] }, 'a.md', () => undefined);
    expect(problems[0]!.message).toBe('concepts[0]: expected a name, or fields name, aliases, kind, broader; ignored');
  });

  it('reads a single concept written without a list', () => {
    expect(readMetadata({ concepts: { name: 'temperature', kind: 'setting' } }, 'a.md', () => undefined).metadata.concepts).toEqual([{ name: 'temperature', aliases: [], kind: 'setting' }]);
  });
});

describe('bylines of plain-text articles', () => {
  const authorOf = async (text: string) => (await loadFiles({ 'article.txt': text })).documents[0]!.sources[0]?.author;

  it.each([
    ['on the line after "Written by"', 'Why small models matter\n\nWritten by\nPriya Raman\n\nSmall models run on laptops and phones.\n'],
    ['on the "Written by" line', 'Why small models matter\nWritten by Priya Raman\n\nSmall models run on laptops and phones.\n'],
    ['after "Author:"', 'Why small models matter\nAuthor: Priya Raman\n\nSmall models run on laptops and phones.\n'],
    ['after "By" under the title', 'Why small models matter\nBy Priya Raman\n\nSmall models run on laptops and phones.\n'],
  ])('reads the author %s', async (_where, text) => {
    expect(await authorOf(text)).toBe('Priya Raman');
  });

  it('makes the article its own source, titled by its title line', async () => {
    const kb = await loadFiles({ 'article.txt': 'Why small models matter\n\nWritten by\nPriya Raman\n\nSmall models run on laptops and phones.\n' });
    expect(kb.documents[0]!.sources).toEqual([{ title: 'Why small models matter', author: 'Priya Raman' }]);
  });

  it('takes no author from a sentence that merely starts with "by"', async () => {
    expect(await authorOf('Notes on tokens\n\nBy and large, Tokens Are Pieces of words in most models.\n')).toBeUndefined();
  });

  it.each(['\nWritten by\nPriya Raman', 'Written by Priya Raman', 'Author: Priya Raman', 'By Priya Raman'])('keeps the byline %j out of the answerable text and the headings', async (byline) => {
    const kb = await loadFiles({ 'article.txt': `Why small models matter\n${byline}\n\nSmall models run on laptops and phones.\n` });
    expect(kb.passages.map((p) => p.text).join('\n')).not.toMatch(/Written by|Author|By /);
    expect(kb.passages.flatMap((p) => p.headings)).not.toContainEqual(expect.stringMatching(/Priya/));
  });
});
