/**
 * How a question's own wording reweighs its search terms: what it sets aside counts for less.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import type { LinkContext } from './entities.js';

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
