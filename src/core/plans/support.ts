/**
 * Whether retrieved text supports an answer, for answers not taken from the subject's own section.
 * The text must hold most of what the question asks, weighted by rarity; words no passage contains
 * count against it (a recipe question does not become a question about "good" because "good" is the
 * one word the knowledge has), and a short question needs nearly all its words.
 */
import { isEnglishWord } from '../../knowledge/search/english.js';
import { coverage, idfWeights, type Evidence } from '../evidence/sentences.js';
import type { Understanding } from '../understand/types.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { PlanContext } from './context.js';

/** Share of the question's weight an answer must cover. */

export function supportScore(ctx: PlanContext, u: Understanding, text: string, headingTerms: ReadonlySet<string> = new Set()): number {
  const weights = idfWeights(ctx.index, u.terms);
  // Unknown words weigh like a moderately rare term each.
  const unknownWeight = Math.log(1 + ctx.index.passages.length / 4) * 0.6;
  const found = new Set(ctx.index.analyzer.terms(text));
  const known = [...weights.values()].reduce((a, b) => a + b, 0);
  const cov = coverage(weights, found, headingTerms);
  // An everyday word the documents happen not to use ("older") says less about the topic than a
  // word from elsewhere ("lisbon", "vegan"): it counts half.
  const penalty = u.unknownTerms.reduce((sum, w) => sum + (isEnglishWord(w) ? 0.5 : 1), 0) * unknownWeight;
  return known + penalty === 0 ? 0 : (cov * known) / (known + penalty);
}

export function supported(ctx: PlanContext, u: Understanding, best: Evidence, text: string): boolean {
  const about = ctx.concepts.about(best.passage);
  if (u.concepts.some((c) => about.includes(c))) return true;
  const headings = new Set(ctx.index.analyzer.terms(best.passage.headings.join(' ')));
  // Few words: nearly all must be answered. Many (a scenario described in chat): the words that matter
  // are a share of them, so the bar comes down.
  const words = u.terms.filter((t) => t.weight >= 0.5 && !WEAK_TERMS.has(t.term)).length;
  const scenario = u.intent === 'recommendation' ? 0.05 : 0;
  const bar = (words <= 2 ? 0.7 : words <= 4 ? 0.52 : words <= 7 ? 0.45 : 0.4) - scenario;
  if (supportScore(ctx, u, text, headings) >= bar) return true;
  // A follow-up ("and if we went big, like 50B+?") carries the earlier question's words at half weight:
  // text that answers its own words, in the earlier question's setting, supports it too.
  if (!u.followUp) return false;
  const own = new Set(u.said.terms);
  const terms = u.terms.filter((t) => own.has(t.term));
  if (terms.length === 0 || terms.length === u.terms.length) return false;
  const ownBar = terms.length <= 2 ? 0.5 : 0.45;
  return supportScore(ctx, { ...u, terms }, text, headings) >= ownBar && supportScore(ctx, u, text, headings) >= 0.3;
}
