import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { CatalogEntry, KnowledgeBase, Passage } from '../../knowledge/types.js';
import type { ModelMatcher } from '../catalog/model-matcher.js';
import type { AnswerKind } from '../types.js';

/** What every composer can use. */
export interface AnswerContext {
  kb: KnowledgeBase;
  index: SearchIndex;
  matcher: ModelMatcher;
  /** The catalog passage that cites a model. */
  modelPassage(model: CatalogEntry): Passage | undefined;
}

/** A composed answer before sources and suggestions are rendered. */
export interface Draft {
  kind: AnswerKind;
  answered: boolean;
  text: string;
  passages: Passage[];
  /** Models the answer is about, for follow-up suggestions. */
  models?: CatalogEntry[];
}

/** Minimum IDF-weighted share of a short question's terms an answer must cover to count as supported. */
export const MIN_COVERAGE = 0.6;

/**
 * The bar for a question of `terms` content terms: long scenario questions ("we push 50M tokens a
 * month through…") carry incidental words no passage repeats, so the bar lowers slowly with length.
 */
export function coverageBar(terms: number): number {
  return Math.min(MIN_COVERAGE, Math.max(0.42, MIN_COVERAGE - 0.025 * (terms - 5)));
}
