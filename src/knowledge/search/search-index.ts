import MiniSearch, { type SearchResult } from 'minisearch';
import { catalogPassages } from '../catalog-text.js';
import type { KnowledgeBase, Passage } from '../types.js';
import { createAnalyzer, isExactTerm, type Analyzer } from './analyzer.js';
import { createVocabulary, DEFAULT_SYNONYMS, type Vocabulary } from './vocabulary.js';

/** Bump when the saved index's shape or the analyzer changes: older saved indexes are rebuilt. */
export const INDEX_FORMAT_VERSION = 1;

/** Field boosts: a term a passage defines or names in its heading counts for more than one in its body. */
export const FIELD_BOOSTS = { defines: 4, headings: 2.5, title: 1, text: 1 } as const;

const FIELDS = Object.keys(FIELD_BOOSTS) as Array<keyof typeof FIELD_BOOSTS>;

export interface WeightedTerm {
  term: string;
  weight: number;
}

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Query terms this passage matched (exactly, or through a typo-tolerant match). */
  matched: string[];
}

export interface SearchOptions {
  limit?: number;
  filter?: (passage: Passage) => boolean;
}

export interface SearchIndex {
  readonly analyzer: Analyzer;
  readonly vocabulary: Vocabulary;
  readonly passages: readonly Passage[];
  search(terms: readonly WeightedTerm[], options?: SearchOptions): SearchHit[];
  /** Inverse document frequency: high for rare terms, highest for terms no passage has. */
  idf(term: string): number;
  /** Serialised index (minisearch JSON plus term statistics), tied to the knowledge hash. */
  toJSON(): string;
}

interface SavedIndex {
  version: number;
  hash: string;
  passages: number;
  df: Record<string, number>;
  minisearch: unknown;
}

interface Doc {
  id: number;
  defines: string;
  headings: string;
  title: string;
  text: string;
}

function miniSearchOptions() {
  return {
    fields: FIELDS,
    idField: 'id',
    tokenize: (text: string) => (text ? text.split(' ') : []),
    processTerm: (term: string) => term || null,
  };
}

function analyzePassage(analyzer: Analyzer, passage: Passage, id: number, origin: string): Doc {
  return {
    id,
    defines: passage.defines.flatMap((d) => analyzer.terms(d)).join(' '),
    headings: analyzer.terms(passage.headings.join(' \n ')).join(' '),
    // The document's title and the articles it cites, so "the Space-O guide" finds its passages.
    title: analyzer.terms(`${passage.docTitle} \n ${origin}`).join(' '),
    text: analyzer.terms(passage.text).join(' '),
  };
}

/** The passages an index covers: the documents' and one per catalog model. */
function allPassages(kb: KnowledgeBase): Passage[] {
  return [...kb.passages, ...catalogPassages(kb.models)];
}

function wrap(
  kb: KnowledgeBase,
  passages: Passage[],
  vocabulary: Vocabulary,
  analyzer: Analyzer,
  mini: MiniSearch<Doc>,
  df: Map<string, number>,
): SearchIndex {
  const n = passages.length;
  return {
    analyzer,
    vocabulary,
    passages,
    idf(term) {
      const f = df.get(term) ?? 0;
      return Math.log(1 + (n - f + 0.5) / (f + 0.5));
    },
    search(terms, options = {}) {
      if (terms.length === 0 || n === 0) return [];
      const weights = new Map<string, number>();
      for (const { term, weight } of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      const query = [...weights.keys()].join(' ');
      const filter = options.filter;
      const results: SearchResult[] = mini.search(query, {
        ...miniSearchOptions(),
        boost: FIELD_BOOSTS,
        combineWith: 'OR',
        boostTerm: (term) => weights.get(term) ?? 1,
        fuzzy: (term) => (isExactTerm(term) || term.length < 5 ? false : 0.2),
        maxFuzzy: 2,
        ...(filter ? { filter: (r: SearchResult) => filter(passages[r.id as number]!) } : {}),
      });
      return results.slice(0, options.limit ?? 20).map((r) => ({
        passage: passages[r.id as number]!,
        score: r.score,
        matched: r.queryTerms,
      }));
    },
    toJSON() {
      const saved: SavedIndex = { version: INDEX_FORMAT_VERSION, hash: kb.hash, passages: n, df: Object.fromEntries(df), minisearch: mini.toJSON() };
      return JSON.stringify(saved);
    },
  };
}

/** Builds the full-text index over every passage of a knowledge base. */
export function buildSearchIndex(kb: KnowledgeBase): SearchIndex {
  const vocabulary = createVocabulary([...DEFAULT_SYNONYMS, ...kb.synonyms]);
  const analyzer = createAnalyzer(vocabulary);
  const mini = new MiniSearch<Doc>(miniSearchOptions());
  const df = new Map<string, number>();
  const passages = allPassages(kb);
  const origins = new Map(
    kb.documents.map((d) => [d.id, d.sources.flatMap((s) => [s.title, s.publisher, s.author]).filter(Boolean).join(' \n ')]),
  );
  const docs = passages.map((p, i) => {
    const doc = analyzePassage(analyzer, p, i, origins.get(p.docId) ?? '');
    for (const term of new Set(`${doc.defines} ${doc.headings} ${doc.title} ${doc.text}`.split(' '))) {
      if (term) df.set(term, (df.get(term) ?? 0) + 1);
    }
    return doc;
  });
  mini.addAll(docs);
  return wrap(kb, passages, vocabulary, analyzer, mini, df);
}

/**
 * Loads a saved index if it matches this knowledge base (same format version, same content hash);
 * returns undefined when it does not, so the caller rebuilds.
 */
export function loadSearchIndex(json: string, kb: KnowledgeBase): SearchIndex | undefined {
  let saved: SavedIndex;
  try {
    saved = JSON.parse(json) as SavedIndex;
  } catch {
    return undefined;
  }
  const passages = allPassages(kb);
  if (saved.version !== INDEX_FORMAT_VERSION || saved.hash !== kb.hash || saved.passages !== passages.length) return undefined;
  const vocabulary = createVocabulary([...DEFAULT_SYNONYMS, ...kb.synonyms]);
  const mini = MiniSearch.loadJS<Doc>(saved.minisearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions());
  return wrap(kb, passages, vocabulary, createAnalyzer(vocabulary), mini, new Map(Object.entries(saved.df)));
}
