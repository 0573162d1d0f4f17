/**
 * "The PicassoIA explainer", "the Space-O guide": a name said at the head of an article word names the
 * article by its publisher, even when a catalog model bears the same name (a publisher's own platform).
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Article } from '../lexicon/documents.js';
import { escapeRegExp } from '../lexicon/regexp.js';

const ARTICLE_WORD = String.raw`(?:guide|article|post|blog|overview|explainer|write-?up|piece)s?`;

/** Whether the model's name, as the question says it, stands for the publisher of one of the articles linked. */
export function namesPublisher(model: CatalogEntry, articles: readonly Article[], text: string): boolean {
  return [model.name, ...model.aliases].some(
    (name) => articles.some((a) => (a.publisher ?? '').toLowerCase().includes(name.toLowerCase())) && new RegExp(String.raw`\b${escapeRegExp(name)}(?:'s)?\s+${ARTICLE_WORD}\b`, 'i').test(text),
  );
}
