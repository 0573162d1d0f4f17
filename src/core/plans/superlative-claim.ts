/**
 * "Which open-source image model is the most widely deployed?" asks a fact, the one model a
 * superlative holds for, not a pick for a situation: when the pick's catalog entry claims that very
 * superlative (an entry "most widely deployed open image model"), the answer states it as the
 * fact ("<that model> is the most widely deployed open image model"), with no
 * "fits best" and no alternatives, which the superlative leaves no room for.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Understanding } from '../understand/types.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { PlanContext } from './context.js';

/** A strength that is itself a superlative ("most widely deployed…", "best at…", "largest…"). */
const SUPERLATIVE = /^(?:the\s+)?(?:most|least|best|worst|\w+est)\s+(.+)$/i;

/** What a superlative claim ranks, as its last word. */
const RANKS_MODELS = /\b(?:models?|llms?|generators?|tools?|platforms?|systems?)\s*$/i;

/** The pick's claim to the superlative the question asks, as the answer's sentence; undefined when it makes none. */
export function superlativeClaim(ctx: PlanContext, u: Understanding, model: CatalogEntry): string | undefined {
  if (!u.superlative || (u.intent !== 'ranking' && u.intent !== 'fact')) return undefined;
  const asked = new Set(u.terms.filter((t) => t.weight >= 0.5).map((t) => t.term));
  const said = new Set(u.said.terms);
  for (const strength of model.strengths) {
    const m = SUPERLATIVE.exec(strength);
    // Only a claim that names what it ranks ("…video model") makes the sentence "X is the most … model";
    // "highest aesthetic quality" is a strength, no rank among models.
    if (!m || !RANKS_MODELS.test(strength)) continue;
    // The words the superlative is about ("widely deployed"), up to what it ranks ("open-source image model").
    const head = m[1]!.split(/\s+/).slice(0, 2).join(' ');
    const terms = ctx.index.analyzer.terms(head).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t));
    // …or in other words for the same ("most widely used", "most popular" for "most widely deployed").
    const samePhrase = ctx.index.analyzer.terms(head).some((t) => t.startsWith('~') && said.has(t));
    if (terms.length === 0 || !(samePhrase || terms.every((t) => asked.has(t) || said.has(t)))) continue;
    const claim = /^the\s/i.test(strength) ? strength : `the ${strength}`;
    return `**${model.name}**${model.developer ? ` (${model.developer})` : ''} is ${claim}.`;
  }
  return undefined;
}
