import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { Passage } from '../../knowledge/types.js';
import { splitUnits, type Unit } from './units.js';

/** A quotable unit of a passage with its index terms. */
export interface AnalysedUnit {
  unit: Unit;
  terms: Set<string>;
}

/** A passage analysed once: its quotable units with their terms, and the terms of its headings. */
export interface AnalysedPassage {
  units: AnalysedUnit[];
  /** Terms of the whole heading path. */
  headings: Set<string>;
  /** Terms of the nearest heading. */
  section: Set<string>;
}

/** Passages kept analysed at most; a knowledge base of any size stays within bounded memory. */
const MAX_ENTRIES = 20_000;

const caches = new WeakMap<SearchIndex, Map<string, AnalysedPassage>>();

/** The analysis of a passage under an index's analyzer, computed on first use. */
export function analysed(index: SearchIndex, passage: Passage): AnalysedPassage {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  const hit = cache.get(passage.id);
  if (hit) return hit;
  const terms = (text: string) => new Set(index.analyzer.terms(text));
  const entry: AnalysedPassage = {
    units: splitUnits(passage.text).map((unit) => ({ unit, terms: terms(unit.text) })),
    headings: terms(passage.headings.join(' \n ')),
    section: terms(passage.section),
  };
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(passage.id, entry);
  return entry;
}
