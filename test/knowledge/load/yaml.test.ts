import { describe, expect, it } from 'vitest';
import { loadFiles, passagesOf, problemLines } from './temp-knowledge.js';

const CATALOG = `title: Catalog
models:
  - name: Example LLM
    developer: Example Labs
    access: open
    categories: [llm]
    context_window: 128000
    source: { title: Example article }
  - name: Example Painter
    categories: [image]
    modalities: { input: [text], output: [image] }
    source: { title: Example article, url: https://example.com/painter }
`;

describe('loading YAML', () => {
  it('validates a model catalog and fills in defaults', async () => {
    const kb = await loadFiles({ 'models.yaml': CATALOG });
    expect(kb.problems).toEqual([]);
    expect(kb.documents).toEqual([]);
    expect(kb.models.map((m) => [m.name, m.context_window, m.modalities, m.frontier, m.deployment])).toEqual([
      ['Example LLM', 128000, { input: ['text'], output: ['text'] }, false, []],
      ['Example Painter', undefined, { input: ['text'], output: ['image'] }, false, []],
    ]);
  });

  it('reports a catalog field error with its line, field and model, and still loads the valid entries', async () => {
    const broken = CATALOG.replace('context_window: 128000', 'context_window: 200K');
    const kb = await loadFiles({ 'knowledge/models.yaml': broken });
    expect(problemLines(kb)).toEqual(['knowledge/models.yaml:7: models[0].context_window: expected number, got "200K" (model "Example LLM")']);
    expect(kb.models.map((m) => m.name)).toEqual(['Example Painter']);
  });

  it('names unknown, missing and invalid catalog fields', async () => {
    const yaml = [
      'models:',
      '  - name: No Source',
      '    categories: [llm, robot]',
      '    contextWindow: 5',
      '  - name: Bad Link',
      '    categories: []',
      '    source: { title: T, url: not-a-url }',
    ].join('\n');
    expect(problemLines(await loadFiles({ 'm.yaml': yaml }))).toEqual([
      'm.yaml:2: models[0].source: required field is missing (model "No Source")',
      'm.yaml:3: models[0].categories[1]: expected one of llm, reasoning, code, image, video, audio, multimodal, gan, vae, world, other, got "robot" (model "No Source")',
      'm.yaml:4: models[0].contextWindow: unknown field; did you mean "context_window"? (model "No Source")',
      'm.yaml:6: models[1].categories: must list at least 1 (model "Bad Link")',
      'm.yaml:7: models[1].source.url: expected a URL, got "not-a-url" (model "Bad Link")',
    ]);
  });

  it('reports a model defined twice, at the second definition', async () => {
    const second = 'models:\n  - name: example llm\n    categories: [llm]\n    source: { title: Other }\n';
    const kb = await loadFiles({ 'a.yaml': CATALOG, 'b.yaml': second });
    expect(problemLines(kb)).toEqual(['b.yaml:2: duplicate model "example llm" (first defined at a.yaml:3); this entry is ignored']);
    expect(kb.models).toHaveLength(2);
  });

  it('reads synonym groups', async () => {
    const kb = await loadFiles({ 'synonyms.yaml': 'synonyms:\n  - [on-prem, on-premise, self-hosted]\n  - [llm, large language model]\n' });
    expect(kb.synonyms).toEqual([
      ['on-prem', 'on-premise', 'self-hosted'],
      ['llm', 'large language model'],
    ]);
    expect(kb.documents).toEqual([]);
  });

  it('reports a synonym group that is not a list of two or more words', async () => {
    const kb = await loadFiles({ 'synonyms.yaml': 'synonyms:\n  - [gan, gans]\n  - [lonely]\n  - just text\n' });
    expect(problemLines(kb)).toEqual([
      'synonyms.yaml:3: synonyms[1]: must list at least 2',
      'synonyms.yaml:4: synonyms[2]: expected a list, got "just text"',
    ]);
    expect(kb.synonyms).toEqual([['gan', 'gans']]);
  });

  it('renders any other mapping as facts: one section per key, named items on their own', async () => {
    const yaml = [
      'title: Benchmarks',
      'source: { title: A guide, publisher: Space-O Technologies, url: https://example.com/guide }',
      'benchmarks:',
      '  - name: SWE-bench Verified',
      '    measures: resolution of real GitHub issues',
      '    leader: { model: Claude 4.5 Sonnet, score: 70.6% }',
      'pricing_notes:',
      '  currency: USD',
      '  models:',
      '    GPT-5: { input: 2.5, output: 10 }',
      '  tags: [api, tokens]',
    ].join('\n');
    const kb = await loadFiles({ 'facts.yaml': yaml });
    expect(kb.documents[0]).toMatchObject({ title: 'Benchmarks', format: 'yaml', url: 'https://example.com/guide' });
    expect(passagesOf(kb, 'facts.yaml').map((p) => [p.headings, p.text])).toEqual([
      [['Benchmarks', 'SWE-bench Verified'], 'measures: resolution of real GitHub issues\nleader: model: Claude 4.5 Sonnet; score: 70.6%'],
      [['Pricing notes'], 'currency: USD\nmodels › GPT-5: input: 2.5; output: 10\ntags: api, tokens'],
    ]);
  });

  it('reports a YAML syntax error at its line and loads nothing from the file', async () => {
    const kb = await loadFiles({ 'facts.yaml': 'title: Facts\nitems:\n  - one\n  - two\n bad: indentation\n' });
    expect(problemLines(kb)).toEqual(['facts.yaml:5: All mapping items must start at the same column']);
    expect(kb.documents).toEqual([]);
  });

  it('warns about an empty YAML file', async () => {
    const kb = await loadFiles({ 'empty.yaml': '# nothing yet\n', 'notes.md': '# Notes\n\nText.\n' });
    expect(problemLines(kb)).toEqual(['warning: empty.yaml: empty YAML file; nothing to load']);
  });
});
