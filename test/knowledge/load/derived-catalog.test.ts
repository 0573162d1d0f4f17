/**
 * A catalog read off the documents' own tables of models: each row with a model column becomes an
 * entry, merged across tables, with categories from the section the table is in.
 */
import { describe, expect, it } from 'vitest';
import { deriveCatalog } from '../../../src/knowledge/load/derived-catalog.js';
import { loadFiles } from './temp-knowledge.js';

const MARKET = `---
title: Market notes
sources:
  - title: Quarterly Model Survey
    publisher: Ledger Insights
    url: https://ledger.example/survey
  - title: Open Models Tracker
    publisher: Commons Index
    url: https://commons.example/tracker
---
# Market notes

## Top language models
<!-- source: Ledger -->
| Model | Developer | Context window | Input price per 1M | Output price per 1M | Highlights |
|---|---|---|---|---|---|
| Quill 3 | Inkwell | 256K tokens | $2.00 | $8.00 | 71.2% SWE-bench; long reports |
| Sprout 2 (open source) | Seedling | 32K | infrastructure only | infrastructure only | Open source; runs on a laptop |

## Top coding models
<!-- source: 2 -->
| Model | Developer | Type | Notes |
|---|---|---|---|
| Quill 3 | Inkwell | Proprietary | frontier agentic coding |
| Burrow Code | Mole Labs | Open weights | 1.2M downloads |

## Image generators
| Tool | Maker | Strengths |
|---|---|---|
| Canvas v5 | Easel Co | painterly styles |
`;

const CATALOG = `models:
  - name: Canvas v5
    developer: Easel Co
    categories: [image]
    source: { title: Hand-written catalog }
`;

describe('derived catalog', () => {
  it('makes an entry of every table row that names a model', async () => {
    const kb = await loadFiles({ 'market.md': MARKET });
    expect(kb.models.map((m) => m.name).sort()).toEqual(['Burrow Code', 'Canvas v5', 'Quill 3', 'Sprout 2']);
  });

  it('reads the figures of a row: developer, context window, prices, benchmarks', async () => {
    const quill = (await loadFiles({ 'market.md': MARKET })).models.find((m) => m.name === 'Quill 3')!;
    expect(quill).toMatchObject({
      developer: 'Inkwell',
      context_window: 256_000,
      pricing: { input_per_1m: 2, output_per_1m: 8 },
      benchmarks: [{ name: 'SWE-bench', score: '71.2%' }],
      path: 'market.md',
    });
    expect(quill.strengths).toContain('long reports');
  });

  it('merges a model found in several tables, taking each table’s category and facts', async () => {
    const quill = (await loadFiles({ 'market.md': MARKET })).models.find((m) => m.name === 'Quill 3')!;
    expect(quill.categories).toEqual(['llm', 'code']);
    expect(quill.access).toBe('proprietary');
    expect(quill.frontier).toBe(true);
    expect(quill.strengths).toContain('frontier agentic coding');
  });

  it('takes the category from the section the table is in', async () => {
    const models = (await loadFiles({ 'market.md': MARKET })).models;
    expect(models.find((m) => m.name === 'Canvas v5')!.categories).toEqual(['image']);
    expect(models.find((m) => m.name === 'Burrow Code')!.categories).toEqual(['code']);
  });

  it('reads openness and "no per-token fee" from the cells', async () => {
    const models = (await loadFiles({ 'market.md': MARKET })).models;
    const sprout = models.find((m) => m.name === 'Sprout 2')!;
    expect(sprout).toMatchObject({ access: 'open', pricing: { input_per_1m: null, output_per_1m: null } });
    expect(sprout.aliases).toContain('Sprout 2 (open source)');
    expect(models.find((m) => m.name === 'Burrow Code')).toMatchObject({ access: 'open', stats: [{ label: 'downloads', value: '1.2M downloads' }] });
  });

  it('names a versioned model by its family word too, when no other entry shares it', async () => {
    const canvas = (await loadFiles({ 'market.md': MARKET })).models.find((m) => m.name === 'Canvas v5')!;
    expect(canvas.aliases).toContain('Canvas');
  });

  it('leaves a model the YAML catalog has to the YAML catalog', async () => {
    const kb = await loadFiles({ 'market.md': MARKET, 'models.yaml': CATALOG });
    const canvases = kb.models.filter((m) => m.name === 'Canvas v5');
    expect(canvases).toHaveLength(1);
    expect(canvases[0]!.source.title).toBe('Hand-written catalog');
  });

  it('cites the source of the section its row came from', async () => {
    const models = (await loadFiles({ 'market.md': MARKET })).models;
    expect(models.find((m) => m.name === 'Burrow Code')!.source).toMatchObject({ title: 'Open Models Tracker', url: 'https://commons.example/tracker' });
    expect(models.find((m) => m.name === 'Sprout 2')!.source).toMatchObject({ title: 'Quarterly Model Survey', url: 'https://ledger.example/survey' });
  });

  it('makes nothing of tables that name no model, or of prose', () => {
    const passage = { id: 'a#1', docId: 'a', path: 'a.md', docTitle: 'A', headings: ['Prices'], section: 'Prices', tags: [], defines: [] };
    const text = 'Region: EU; Price: $2\nModel families differ: some are open.';
    expect(deriveCatalog([{ ...passage, text }], [], new Set())).toEqual([]);
  });
});
