import { describe, expect, it } from 'vitest';
import { loadFiles, passagesOf } from './temp-knowledge.js';

const ARTICLE = `---
title: Adapting models
description: How to adapt a model
source:
  title: A Complete Guide to Generative AI Models
  publisher: Space-O Technologies
  url: https://example.com/guide
tags: [Fine-Tuning, lora]
defines: [adaptation]
---
# Adapting models
<author :author="author"></author>

Models can be adapted. Read [the guide](https://example.com/guide "Guide") or <b>skip it</b>.

## Low-Rank Adaptation (LoRA)
::the-index
---
hideFilters: true
filters:
  models: OLMo
---
::

<!-- TODO: explain ranks -->
**LoRA (Low-Rank Adaptation)** is a fine-tuning method ![diagram](lora.png) that trains a small add-on.

- It is cheap
* It keeps the base model frozen

### LoRA vs full fine-tuning
Full fine-tuning changes every weight.

## Empty section

## Glossary
A **base LLM** (sometimes described as a foundation model) is a token predictor.
`;

describe('loading Markdown', () => {
  it('reads the document fields from front matter', async () => {
    const kb = await loadFiles({ 'concepts/adaptation.md': ARTICLE });
    expect(kb.documents).toEqual([
      {
        id: 'concepts/adaptation.md',
        path: 'concepts/adaptation.md',
        title: 'Adapting models',
        url: 'https://example.com/guide',
        sources: [{ title: 'A Complete Guide to Generative AI Models', publisher: 'Space-O Technologies', url: 'https://example.com/guide' }],
        tags: ['fine-tuning', 'lora'],
        format: 'markdown',
      },
    ]);
    expect(kb.problems).toEqual([]);
  });

  it('splits at headings, keeping the heading path and skipping empty sections', async () => {
    const passages = passagesOf(await loadFiles({ 'a.md': ARTICLE }), 'a.md');
    expect(passages.map((p) => [p.id, p.headings, p.section])).toEqual([
      ['a.md#1', ['Adapting models'], 'Adapting models'],
      ['a.md#2', ['Adapting models', 'Low-Rank Adaptation (LoRA)'], 'Low-Rank Adaptation (LoRA)'],
      ['a.md#3', ['Adapting models', 'Low-Rank Adaptation (LoRA)', 'LoRA vs full fine-tuning'], 'LoRA vs full fine-tuning'],
      ['a.md#4', ['Adapting models', 'Glossary'], 'Glossary'],
    ]);
    expect(passages.every((p) => p.docTitle === 'Adapting models' && p.url === 'https://example.com/guide')).toBe(true);
  });

  it('removes components, comments, tags, images and link targets but keeps bold and list markers', async () => {
    const [intro, lora] = passagesOf(await loadFiles({ 'a.md': ARTICLE }), 'a.md');
    expect(intro!.text).toBe('Models can be adapted. Read the guide or skip it.');
    expect(lora!.text).toBe(
      '**LoRA (Low-Rank Adaptation)** is a fine-tuning method that trains a small add-on.\n\n- It is cheap\n- It keeps the base model frozen',
    );
  });

  it('records the terms a passage defines from its heading, its bold opening and front matter', async () => {
    const passages = passagesOf(await loadFiles({ 'a.md': ARTICLE }), 'a.md');
    expect(passages.map((p) => p.defines)).toEqual([
      ['adaptation', 'adapting models'],
      ['low-rank adaptation', 'lora'],
      [],
      ['base llm', 'foundation model'],
    ]);
  });

  it('takes the title from the first heading, else from the file name', async () => {
    const kb = await loadFiles({ 'a.md': 'Intro text.\n\n## Second level first\n\nBody.', 'model-families.md': 'Just a paragraph.' });
    expect(kb.documents.map((d) => d.title)).toEqual(['Second level first', 'Model families']);
  });

  it('cites the author when front matter names one but no source', async () => {
    const kb = await loadFiles({ 'a.md': '---\ntitle: An overview\nauthor: Dick Blankvoort\ndate: 2025-02-25\n---\nBody text.' });
    expect(kb.documents[0]!.sources).toEqual([{ title: 'An overview', author: 'Dick Blankvoort', date: '2025-02-25' }]);
  });

  it('reads pipe tables as labelled rows and setext headings as headings', async () => {
    const text = 'Sizes\n=====\n\n| Size | Parameters |\n|------|-----------|\n| Small | 1B - 7B |\n| Large | 70B+ |\n';
    const [passage] = passagesOf(await loadFiles({ 't.md': text }), 't.md');
    expect(passage!.headings).toEqual(['Sizes']);
    expect(passage!.text).toBe('Size: Small; Parameters: 1B - 7B\nSize: Large; Parameters: 70B+');
  });

  it('reads a leading --- followed by a blank line as a rule, not as front matter', async () => {
    const kb = await loadFiles({ 'rule.md': '---\n\nIntro paragraph.\n\n---\n\nMore text.\n' });
    expect(kb.problems).toEqual([]);
    expect(kb.passages.map((p) => p.text)).toEqual(['Intro paragraph.\n\nMore text.']);
  });

  it('does not split at # lines inside code blocks', async () => {
    const passages = passagesOf(await loadFiles({ 'c.md': '# Title\n\n```sh\n# not a heading\nnpm test\n```\n' }), 'c.md');
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toBe('# not a heading\nnpm test');
  });

  it('splits a long section at paragraph boundaries into passages with the same heading path', async () => {
    const paragraph = (n: number) => `Paragraph ${n} ${'word '.repeat(80).trim()}.`;
    const body = `# Long\n\n${Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('\n\n')}\n`;
    const passages = passagesOf(await loadFiles({ 'long.md': body }), 'long.md');
    expect(passages.length).toBe(3);
    for (const p of passages) {
      expect(p.headings).toEqual(['Long']);
      expect(p.text.length).toBeLessThanOrEqual(1500);
    }
    expect(passages.map((p) => p.text.slice(0, 12))).toEqual(['Paragraph 1 ', 'Paragraph 4 ', 'Paragraph 7 ']);
    expect(passages.map((p) => p.text).join('\n\n')).toBe(Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('\n\n'));
  });
});
