/**
 * What the core derives from a knowledge base before it answers: the plans' context (index,
 * concepts, articles, model matcher, catalog passages) and, built on first use, the understanding
 * context with its trained classifiers. `createGuide` and the tests build them here, one way.
 */
import type { SearchIndex } from '../knowledge/search/search-index.js';
import { DEFAULT_SYNONYMS } from '../knowledge/search/vocabulary.js';
import type { KnowledgeBase, Passage } from '../knowledge/types.js';
import { createModelMatcher } from './catalog/model-matcher.js';
import { buildConceptTable } from './lexicon/concepts.js';
import { buildArticleTable } from './lexicon/documents.js';
import type { PlanContext } from './plans/context.js';
import { trainedClassifiers } from './understand/classifiers.js';
import type { UnderstandContext } from './understand/understand.js';

export interface CoreContexts {
  plan: PlanContext;
  /** Built on the first call (training the classifiers), then the same value. */
  understanding(): UnderstandContext;
}

export function buildCoreContexts(kb: KnowledgeBase, index: SearchIndex): CoreContexts {
  const documentPassages = index.passages.filter((p) => !p.tags.includes('catalog'));
  const concepts = buildConceptTable(kb, documentPassages, [...DEFAULT_SYNONYMS, ...kb.synonyms]);
  const articles = buildArticleTable(kb.documents, documentPassages);
  const matcher = createModelMatcher(kb.models);
  const catalogPassage = new Map<string, Passage>();
  for (const p of index.passages) if (p.tags.includes('catalog')) catalogPassage.set(p.section, p);
  const plan: PlanContext = { kb, index, concepts, articles, matcher, modelPassage: (m) => catalogPassage.get(m.name) };
  let understanding: UnderstandContext | undefined;
  return {
    plan,
    understanding: () => (understanding ??= { index, concepts, models: matcher, articles, catalog: kb.models, ...trainedClassifiers() }),
  };
}
