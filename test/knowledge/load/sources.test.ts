/**
 * Section source markers (`<!-- source: … -->`): in a document drawing on several articles, each
 * section cites the article it draws on, so a passage's URL is its own, not the document's first.
 */
import { describe, expect, it } from 'vitest';
import { sectionSource } from '../../../src/knowledge/load/passages.js';
import type { KnowledgeDocument } from '../../../src/knowledge/types.js';
import { loadFiles, passagesOf } from './temp-knowledge.js';

const FRONT = `---
title: Market notes
sources:
  - title: Quarterly Model Survey
    publisher: Ledger Insights
    url: https://ledger.example/survey
  - title: Open Models Tracker
    publisher: Commons Index
    author: Ines Duarte
    url: https://commons.example/tracker
---
`;

const DOC = `${FRONT}# Market notes

## Enterprise adoption
<!-- source: Ledger -->
Large firms adopt coding assistants first.

### Adoption by sector
Banks lead, retailers follow.

## Open model downloads
<!-- source: 2 -->
Hobbyists download open models most.

## Tracker method
<!-- source: Duarte -->
The tracker counts weekly downloads.

## Overall picture
Both sources agree that adoption is rising.
`;

const bySection = async (text: string) => new Map(passagesOf(await loadFiles({ 'market.md': text }), 'market.md').map((p) => [p.section, p]));

describe('section source markers', () => {
  it('cites the source a marker names by a piece of its publisher, title or author', async () => {
    const p = await bySection(DOC);
    expect(p.get('Enterprise adoption')).toMatchObject({ source: { title: 'Quarterly Model Survey' }, url: 'https://ledger.example/survey' });
    expect(p.get('Tracker method')).toMatchObject({ source: { title: 'Open Models Tracker' }, url: 'https://commons.example/tracker' });
  });

  it('cites the source a marker names by its number', async () => {
    expect((await bySection(DOC)).get('Open model downloads')).toMatchObject({ source: { publisher: 'Commons Index' }, url: 'https://commons.example/tracker' });
  });

  it('gives a sub-section the source of the section it sits in', async () => {
    expect((await bySection(DOC)).get('Adoption by sector')?.url).toBe('https://ledger.example/survey');
  });

  it('gives a section without a marker in a multi-source document no single source', async () => {
    const overall = (await bySection(DOC)).get('Overall picture')!;
    expect(overall.source).toBeUndefined();
    expect(overall.url).toBeUndefined();
  });

  it('drops the marker from the text', async () => {
    for (const p of (await bySection(DOC)).values()) expect(p.text).not.toMatch(/source:|<!--/);
  });

  it('applies a marker above the first heading to the whole document', async () => {
    const p = await bySection(`${FRONT}<!-- source: Commons -->\n# Notes\n\n## Downloads\nOpen models lead.\n`);
    expect(p.get('Downloads')?.url).toBe('https://commons.example/tracker');
  });

  it('gives every section of a single-source document that source', async () => {
    const kb = await loadFiles({ 'one.md': '---\ntitle: One\nsource:\n  title: Only Article\n  url: https://only.example/a\n---\n# One\n\n## A\nText a.\n\n## B\nText b.\n' });
    for (const p of passagesOf(kb, 'one.md')) expect(p).toMatchObject({ source: { title: 'Only Article' }, url: 'https://only.example/a' });
  });
});

describe('sectionSource', () => {
  const doc: KnowledgeDocument = {
    id: 'd.md',
    path: 'd.md',
    title: 'D',
    tags: [],
    format: 'markdown',
    sources: [
      { title: 'Alpha Report', publisher: 'Northwind' },
      { title: 'Beta Report', publisher: 'Northwind Labs' },
    ],
  };

  it('takes a number as the source’s position, counting from 1', () => {
    expect(sectionSource(doc, '2')?.title).toBe('Beta Report');
    expect(sectionSource(doc, '3')).toBeUndefined();
  });

  it('takes no source for a marker that names several or none', () => {
    expect(sectionSource(doc, 'Northwind')).toBeUndefined();
    expect(sectionSource(doc, 'Nobody')).toBeUndefined();
  });

  it('takes the only source when there is no marker', () => {
    expect(sectionSource({ ...doc, sources: [doc.sources[0]!] }, undefined)?.title).toBe('Alpha Report');
    expect(sectionSource(doc, undefined)).toBeUndefined();
  });
});
