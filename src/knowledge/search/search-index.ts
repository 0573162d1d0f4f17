import MiniSearch, { type SearchResult } from 'minisearch';
import { catalogPassages } from '../catalog-text.js';
import type { KnowledgeBase, Passage } from '../types.js';
import { createAnalyzer, isExactTerm, type Analyzer } from './analyzer.js';
import { isEnglishWord } from './english.js';
import { createVocabulary, DEFAULT_RELATED, DEFAULT_SYNONYMS, type Vocabulary } from './vocabulary.js';

/** Bump when the saved index's shape or the analyzer changes: older saved indexes are rebuilt. */
export const INDEX_FORMAT_VERSION = 5;

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
  /** True when some passage contains the term. */
  has(term: string): boolean;
  /** The passages that contain the term, in no particular order. */
  passagesWith(term: string): Passage[];
  /**
   * The closest known term to a misspelt one ("difus" → "diffus"), or undefined. Given the word as
   * typed, a common English word is taken as meant and never corrected ("clause" stays "clause").
   */
  correct(term: string, typed?: string): string | undefined;
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
  const corrections = new Map<string, string | undefined>();
  const scoresOfTerm = new Map<string, Array<[number, number]>>();
  // One search's score and matched terms by passage id; each search leaves matchedOf empty again.
  const sums = new Float64Array(n);
  const matchedOf: Array<string[] | undefined> = new Array<string[] | undefined>(n).fill(undefined);
  /** One term's score in every passage that has it (or, misspelt, a near variant of it). */
  function postings(term: string): Array<[number, number]> {
    let list = scoresOfTerm.get(term);
    if (list) return list;
    const results = mini.search(term, {
      ...miniSearchOptions(),
      boost: FIELD_BOOSTS,
      // Misspellings are corrected before searching (see correct()); the fuzzy match here still
      // finds near variants the stemmer does not join ("transcripts" / "transcription").
      fuzzy: isExactTerm(term) || term.length < 5 || df.has(term) ? false : 0.2,
      maxFuzzy: 2,
    });
    list = results.map((r): [number, number] => [r.id as number, r.score]);
    if (scoresOfTerm.size > 50_000) scoresOfTerm.clear();
    scoresOfTerm.set(term, list);
    return list;
  }
  function closestKnown(term: string): string | undefined {
      // Levenshtein 2 finds swapped letters ("pyhton"), which the check below counts as one edit.
      const results = mini.search(term, { ...miniSearchOptions(), fuzzy: 2, combineWith: 'OR' });
      let best: { t: string; d: number; f: number } | undefined;
      for (const r of results.slice(0, 30)) {
        for (const t of r.terms) {
          const d = editDistance(term, t);
          const f = df.get(t) ?? 0;
          // Typos rarely hit the first letter; "bread" is not a misspelt "read".
          if (t[0] !== term[0] || d > (term.length < 7 ? 1 : 2)) continue;
          // Nor is a word cut short: "regular" is no misspelt "regul" (regulated), its last letters dropped.
          if (term.length - t.length >= 2 && term.startsWith(t)) continue;
          if (!best || d < best.d || (d === best.d && f > best.f)) best = { t, d, f };
        }
      }
      return best?.t;
  }
  return {
    analyzer,
    vocabulary,
    passages,
    has: (term) => df.has(term),
    passagesWith: (term) => (df.has(term) ? postings(term).map(([id]) => passages[id]!) : []),
    correct(term, typed) {
      if (df.has(term) || isExactTerm(term) || term.length < 4) return undefined;
      if (typed !== undefined && isEnglishWord(typed)) return undefined;
      if (corrections.has(term)) return corrections.get(term);
      if (corrections.size > 10_000) corrections.clear();
      const fixed = closestKnown(term);
      corrections.set(term, fixed);
      return fixed;
    },
    idf(term) {
      const f = df.get(term) ?? 0;
      return Math.log(1 + (n - f + 0.5) / (f + 0.5));
    },
    search(terms, options = {}) {
      if (terms.length === 0 || n === 0) return [];
      const weights = new Map<string, number>();
      for (const { term, weight } of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
      // MiniSearch's OR query scores a passage as the sum of its terms' scores times the number of
      // query terms it matched; each term's scores are fixed for the index, so they are kept.
      // The sums gather in arrays by passage (kept with the index), listed in the order first matched.
      const seen: number[] = [];
      for (const [term, weight] of weights) {
        for (const [id, score] of postings(term)) {
          const matched = matchedOf[id];
          if (matched) {
            sums[id] = sums[id]! + score * weight;
            matched.push(term);
          } else {
            sums[id] = score * weight;
            matchedOf[id] = [term];
            seen.push(id);
          }
        }
      }
      // Cleared before the filter runs, so the filter may search again.
      const found = seen.map((id) => {
        const matched = matchedOf[id]!;
        matchedOf[id] = undefined;
        return { passage: passages[id]!, score: sums[id]! * matched.length, matched };
      });
      const filter = options.filter;
      return best(filter ? found.filter((hit) => filter(hit.passage)) : found, options.limit ?? 20);
    },
    toJSON() {
      const saved: SavedIndex = { version: INDEX_FORMAT_VERSION, hash: kb.hash, passages: n, df: Object.fromEntries(df), minisearch: mini.toJSON() };
      return JSON.stringify(saved);
    },
  };
}

/** Optimal-string-alignment distance (Levenshtein plus swaps of neighbours), for short terms. */
/**
 * The `limit` best hits, best first, ties in the order given: the same as sorting them all and
 * taking the first `limit`, but only the hits at or above the limit-th best score are sorted.
 */
function best(hits: SearchHit[], limit: number): SearchHit[] {
  if (limit > 0 && hits.length > limit) {
    const scores = new Float64Array(hits.length);
    for (let i = 0; i < hits.length; i++) scores[i] = hits[i]!.score;
    scores.sort();
    const floor = scores[hits.length - limit]!;
    // A NaN score (sorted last) leaves the plain sort to decide, as it always did.
    if (!Number.isNaN(scores[scores.length - 1]!)) hits = hits.filter((h) => h.score >= floor);
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** Builds the full-text index over every passage of a knowledge base. */
export function buildSearchIndex(kb: KnowledgeBase): SearchIndex {
  const vocabulary = createVocabulary([...DEFAULT_SYNONYMS, ...kb.synonyms], [...DEFAULT_RELATED, ...(kb.related ?? [])]);
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
  const vocabulary = createVocabulary([...DEFAULT_SYNONYMS, ...kb.synonyms], [...DEFAULT_RELATED, ...(kb.related ?? [])]);
  const mini = MiniSearch.loadJS<Doc>(saved.minisearch as Parameters<typeof MiniSearch.loadJS>[0], miniSearchOptions());
  return wrap(kb, passages, vocabulary, createAnalyzer(vocabulary), mini, new Map(Object.entries(saved.df)));
}
