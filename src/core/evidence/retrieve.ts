/**
 * Passage retrieval for a understood question: full-text search on its terms, re-ranked by what
 * the understanding knows — passages about the linked concepts, sections on the asked aspect, the
 * section that compares both sides of a comparison.
 */
import type { SearchIndex, WeightedTerm } from '../../knowledge/search/search-index.js';
import type { Aspect, Passage } from '../../knowledge/types.js';
import type { Concept, ConceptTable } from '../lexicon/concepts.js';

export interface Candidate {
  passage: Passage;
  score: number;
  /** The passage defines or is about one of the focus concepts. */
  about: boolean;
}

export interface RetrieveOptions {
  terms: readonly WeightedTerm[];
  /** Concepts the answer is about: their passages rank higher. */
  concepts?: readonly Concept[];
  aspect?: Aspect;
  /** Only these passages (a concept's own sections, say). */
  within?: ReadonlySet<Passage>;
  filter?: (passage: Passage) => boolean;
  limit?: number;
}

/** Passages above which very common terms are left out of the search itself (large knowledge bases). */
export const LARGE_INDEX = 2_000;

function searchTerms(index: SearchIndex, terms: readonly WeightedTerm[]): readonly WeightedTerm[] {
  if (index.passages.length <= LARGE_INDEX) return terms;
  const quarter = Math.log(1 + 0.75 / 0.25); // the IDF of a term in 25 % of passages
  const kept = terms.filter((t) => index.idf(t.term) > quarter);
  return kept.length > 0 ? kept : terms;
}

const isCatalog = (p: Passage) => p.tags.includes('catalog');

export function retrievePassages(index: SearchIndex, table: ConceptTable, options: RetrieveOptions): Candidate[] {
  const { terms, concepts = [], aspect, within, filter } = options;
  const limit = options.limit ?? 8;
  const keep = (p: Passage) => (!within || within.has(p)) && (!filter || filter(p));
  const hits = terms.length > 0 ? index.search(searchTerms(index, terms), { limit: 40, filter: keep }) : [];
  const scored = new Map<Passage, Candidate>();
  const focus = new Set(concepts);
  const rank = (passage: Passage, base: number) => {
    const about = table.about(passage).some((c) => focus.has(c));
    // Advice ("choosing") and comparison sections answer for whatever they name; an aspect of a subject
    // ("How VAEs work") only for that subject.
    const onAspect = aspect !== undefined && passage.aspect === aspect && (about || focus.size === 0 || aspect === 'choosing');
    // A section whose heading announces another aspect ("What VAEs are used for") rarely answers this one.
    const offAspect = aspect !== undefined && aspect !== 'definition' && passage.aspect !== undefined && passage.aspect !== aspect && passage.aspect !== 'comparison';
    const defining = aspect === 'definition' && concepts.some((c) => c.defining === passage);
    // A list of sources names things without saying anything about them.
    const references = passage.aspect === 'references' ? 0.2 : 1;
    const score = base * (about ? 2 : 1) * (onAspect ? 1.8 : 1) * (offAspect ? 0.6 : 1) * (defining ? 1.6 : 1) * (isCatalog(passage) ? 0.6 : 1) * references;
    const prior = scored.get(passage);
    if (!prior || prior.score < score) scored.set(passage, { passage, score, about });
  };
  const top = hits[0]?.score ?? 1;
  for (const hit of hits) rank(hit.passage, hit.score);
  // A focus concept's own sections are candidates even when the question's words miss them.
  for (const concept of concepts) {
    for (const passage of concept.passages) if (keep(passage) && !scored.has(passage)) rank(passage, top * 0.35);
  }
  return [...scored.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
