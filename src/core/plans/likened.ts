/**
 * "Is it just ChatGPT that read GitHub?": a model named as what something else is likened to, after
 * "is it (just)", is the predicate of the question, not the model asked about.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { nameInText } from '../catalog/name-in-text.js';

const LIKENED_BEFORE = /\b(?:is|are|was|were)\s+(?:it|this|that|they|these|those)\s+(?:(?:just|basically|simply|merely|really|only|essentially|like)\s+)*$/i;

export function likenedTo(text: string, model: CatalogEntry): boolean {
  for (const name of [model.name, ...model.aliases]) {
    const m = nameInText(name).exec(text);
    if (m && LIKENED_BEFORE.test(text.slice(0, m.index))) return true;
  }
  return false;
}
