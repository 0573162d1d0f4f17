/** What every answer plan can use, and what it hands to composition. */
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { CatalogEntry, KnowledgeBase, Passage } from '../../knowledge/types.js';
import type { ModelMatcher } from '../catalog/model-matcher.js';
import type { Concept, ConceptTable } from '../lexicon/concepts.js';
import type { ArticleTable } from '../lexicon/documents.js';
import type { AnswerKind } from '../types.js';

export interface PlanContext {
  kb: KnowledgeBase;
  index: SearchIndex;
  concepts: ConceptTable;
  articles: ArticleTable;
  matcher: ModelMatcher;
  /** The catalog passage that cites a model. */
  modelPassage(model: CatalogEntry): Passage | undefined;
}

/** One paragraph of an answer, and the passage it quotes (for its source). */
export interface Block {
  text: string;
  passage?: Passage;
}

/** An answer before composition: its paragraphs (the first is the direct answer) and what it is about. */
export interface Draft {
  kind: AnswerKind;
  answered: boolean;
  blocks: Block[];
  /** Sources beyond the blocks' own passages (catalog entries behind a pick, say). */
  cites?: Passage[];
  /** Models the answer is about, main one first (for follow-ups and suggestions). */
  models?: CatalogEntry[];
  /** Concepts the answer is about. */
  concepts?: Concept[];
}

/** A draft that says the knowledge does not support an answer; `text` explains what is missing, when known. */
export function notAnswered(kind: AnswerKind = 'no_answer', text?: string, cites: Passage[] = []): Draft {
  return { kind, answered: false, blocks: text ? [{ text }] : [], cites };
}
