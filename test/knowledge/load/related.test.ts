/**
 * Related-word groups (`related:` in a synonyms file): words that answer each other without meaning
 * the same ("behind" and "caught up"). They load beside the synonyms, are matched like them, and
 * weigh less in a question.
 */
import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../src/core/understand/terms.js';
import { buildSearchIndex } from '../../../src/knowledge/search/search-index.js';
import { CANONICAL_PREFIX, createVocabulary, RELATED_PREFIX } from '../../../src/knowledge/search/vocabulary.js';
import { fold, words } from '../../../src/knowledge/search/text.js';
import { knowledgeBase, passage } from '../../core/fixture-kb.js';
import { loadFiles, problemLines } from './temp-knowledge.js';

const SYNONYMS = 'synonyms:\n  - [on-prem, self-hosted]\nrelated:\n  - [behind, lagging, caught up, gap]\n  - [samey, repetitive, varied]\n';

describe('loading related-word groups', () => {
  it('reads related groups beside the synonym groups', async () => {
    // A document beside it: a folder of synonyms alone has nothing to answer from, which is an error.
    const kb = await loadFiles({ 'synonyms.yaml': SYNONYMS, 'notes.md': '# Notes\n\nOpen models have caught up.\n' });
    expect(kb.problems).toEqual([]);
    expect(kb.synonyms).toEqual([['on-prem', 'self-hosted']]);
    expect(kb.related).toEqual([
      ['behind', 'lagging', 'caught up', 'gap'],
      ['samey', 'repetitive', 'varied'],
    ]);
  });

  it('reports a bad related group by its line and keeps the good ones', async () => {
    const kb = await loadFiles({ 'synonyms.yaml': 'synonyms:\n  - [gan, gans]\nrelated:\n  - [lonely]\n  - [slow, latency]\n' });
    expect(problemLines(kb)).toEqual(['synonyms.yaml:4: related[0]: must list at least 2']);
    expect(kb.related).toEqual([['slow', 'latency']]);
  });

  it('loads a synonyms file without related groups as before', async () => {
    const kb = await loadFiles({ 'synonyms.yaml': 'synonyms:\n  - [gan, gans]\n' });
    expect(kb.related ?? []).toEqual([]);
  });
});

describe('matching related words', () => {
  const vocabulary = createVocabulary([['on-prem', 'self-hosted']], [['behind', 'caught up']]);

  it('adds a related term of its own kind, apart from the synonym terms', () => {
    const expanded = vocabulary.expand(words(fold('open models have caught up')));
    const related = expanded.filter((t) => t.startsWith(RELATED_PREFIX));
    expect(related).toHaveLength(1);
    expect(vocabulary.expand(words(fold('open models are behind')))).toContain(related[0]);
    expect(vocabulary.expand(words(fold('run it on-prem'))).some((t) => t.startsWith(CANONICAL_PREFIX) && !t.startsWith(RELATED_PREFIX))).toBe(true);
  });

  it('finds a passage through a related word, below one that says the question’s own word', () => {
    const passages = [
      passage('a.md', 'Community releases', 'Community releases have caught up on most tasks.'),
      passage('b.md', 'Open models lag', 'Open models are behind on hard maths.'),
      passage('c.md', 'Pricing', 'Vendors charge per token.'),
    ];
    const found = (related: string[][]) => {
      const index = buildSearchIndex(knowledgeBase({ models: [], related, passages }));
      return index.search(queryTerms('are open models behind?', index, new Set()).terms).map((h) => h.passage.section);
    };
    expect(found([['behind', 'caught up']])).toEqual(['Open models lag', 'Community releases']);
    expect(found([])).toEqual(['Open models lag']);
  });

  it('weighs a related term at half a synonym term in a question', () => {
    const kb = knowledgeBase({ models: [], synonyms: [['on-prem', 'self-hosted']], related: [['behind', 'caught up']], passages: [passage('a.md', 'A', 'Self-hosted open models have caught up.')] });
    const index = buildSearchIndex(kb);
    const { terms } = queryTerms('are self-hosted models behind', index, new Set());
    const synonym = terms.find((t) => t.term.startsWith(CANONICAL_PREFIX) && !t.term.startsWith(RELATED_PREFIX));
    const related = terms.find((t) => t.term.startsWith(RELATED_PREFIX));
    expect(synonym?.weight).toBe(1);
    expect(related?.weight).toBe(0.5);
  });
});
