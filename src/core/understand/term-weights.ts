/**
 * How a question's own wording reweighs its search terms: what it sets aside counts for less, the
 * thing it asks for and the task it states count fully.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import { familiesOf, type LinkContext } from './entities.js';
import type { Purpose } from './purpose.js';
import { MODEL_NOUNS } from './target.js';

/** "besides autocomplete", "other than chat": what the asker already has in mind, not what to look for. */
const SET_ASIDE = /\b(?:besides|other than|apart from|aside from|rather than|instead of|(?:matters?|counts?|cares?|weighs?) more than|except(?: for)?)\s+((?:[\w'-]+\s*){1,3}?)(?=[,.?!;:]|\s+(?:and|or|but|is|are|do|does|can|what|which)\b|$)/gi;

/** What a question sets aside ("benchmarks" in "besides benchmarks, what should we track?"). */
export function setAsidePhrases(text: string): string[] {
  return [...text.matchAll(SET_ASIDE)].map((m) => m[1]!.trim());
}

export function setAside(text: string, terms: WeightedTerm[], ctx: Pick<LinkContext, 'index'>): void {
  for (const phrase of setAsidePhrases(text)) {
    const aside = new Set(ctx.index.analyzer.terms(phrase));
    for (const t of terms) if (aside.has(t.term)) t.weight *= 0.2;
  }
}

/**
 * "Budget doesn't matter, we want the best possible model": the words of a factor waved away (in
 * `text`, not in `stated`, its clauses that state something) are no need to match, as set-aside ones.
 */
export function setAsideWaved(text: string, stated: string, terms: WeightedTerm[], ctx: Pick<LinkContext, 'index'>): void {
  if (stated === text) return;
  const kept = new Set(ctx.index.analyzer.terms(stated));
  const waved = new Set(ctx.index.analyzer.terms(text).filter((t) => !kept.has(t)));
  for (const t of terms) if (waved.has(t.term)) t.weight *= 0.2;
}

/** "Which certifications…", "what factors…": the thing asked for counts double. */
export function weighAskedObject(text: string, terms: WeightedTerm[], ctx: Pick<LinkContext, 'index' | 'catalog'>): void {
  const object = /\b(?:which|what)\s+(\w{4,})/i.exec(text)?.[1];
  if (object && !MODEL_NOUNS.test(object) && !familiesOf(ctx.catalog).has(object.toLowerCase()) && !/^(?:even|exactly|actually|really|else|about|kind|sort|type|does|would|should|could|will|were|have)$/i.test(object)) for (const t of ctx.index.analyzer.terms(object)) { const hit = terms.find((x) => x.term === t); if (hit) hit.weight *= 2; }
}

/** "Spot fraudulent transactions": the task's words the index has count fully. */
export function weighPurpose(purpose: Purpose | undefined, terms: WeightedTerm[], ctx: Pick<LinkContext, 'index'>): void {
  for (const term of purpose ? ctx.index.analyzer.terms(purpose).filter((t) => ctx.index.has(t)) : []) {
    const hit = terms.find((t) => t.term === term);
    if (hit) hit.weight = Math.max(hit.weight, 1);
    else terms.push({ term, weight: 1 });
  }
}
