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

/** Minimum IDF-weighted share of a question's terms an answer must cover to count as supported. */
export const MIN_COVERAGE = 0.6;

export function unanswered(kind: AnswerKind, text: string, passages: Passage[] = []): Draft {
  return { kind, answered: false, text, passages };
}
