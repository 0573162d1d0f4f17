/**
 * "Open vs closed models for a bank": after how the two sides differ, the advice the knowledge gives
 * for the need stated beside them, when that advice names one of the sides ("a regulated team's usual
 * options are an open source model deployed on-premise, or…"). Without such advice, nothing is added:
 * a side is never crowned on shared keywords.
 */
import { retrievePassages } from '../evidence/retrieve.js';
import { pointsBack, rankEvidence } from '../evidence/sentences.js';
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import type { Constraints, Side, Understanding } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';
import { isAdvice } from './practices.js';

/** The words advice uses for each need a comparison's purpose can state. */
const NEED_WORDS: Partial<Record<keyof Constraints, string>> = {
  regulated: 'regulated industries compliance',
  selfHosted: 'self-hosted on-premise own servers',
  dataResidency: 'data residency jurisdiction',
  privacy: 'private data vendor',
  budget: 'cost cheap budget',
  highVolume: 'high volume',
  lowLatency: 'fast speed latency',
  onDevice: 'on-device mobile',
  longContext: 'long documents',
  smallTeam: 'small team',
};

/** Needs whose words make one phrase: advice holding only part of it ("a regulated team") is for another need. */
const PHRASES: ReadonlySet<keyof Constraints> = new Set(['highVolume', 'longContext', 'smallTeam']);

export function purposeLine(ctx: PlanContext, u: Understanding, sides: readonly Side[], shown: readonly Block[], namesSide: (text: string, side: Side) => boolean): Block | undefined {
  const need = u.besideSides;
  if (!need || sides.length !== 2) return undefined;
  const stated = (Object.entries(NEED_WORDS) as Array<[keyof Constraints, string]>).filter(([key]) => need[key] === true);
  const words = stated.map(([, w]) => w);
  if (words.length === 0) return undefined;
  const terms: WeightedTerm[] = [...new Set(ctx.index.analyzer.terms(words.join(' ')))].filter((t) => ctx.index.has(t)).map((term) => ({ term, weight: 1 }));
  if (terms.length === 0) return undefined;
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms, limit: 6, filter: isAdvice });
  const said = shown.map((b) => b.text).join('\n');
  const needs = stated.map(([key, w]) => ({ phrase: PHRASES.has(key), terms: ctx.index.analyzer.terms(w) }));
  // Advice speaks to a stated need when it holds one of its words, or all of a phrase's: a part of
  // one ("a regulated team" for "a small team") belongs to some other need.
  const holdsPhrases = (held: ReadonlySet<string>) => needs.some((n) => (n.phrase ? n.terms.every((t) => held.has(t)) : n.terms.some((t) => held.has(t))));
  const best = rankEvidence(ctx.index, terms, candidates, {}, 6).find(
    (e) =>
      e.coverage >= 0.3 &&
      sides.some((s) => namesSide(e.unit.unit.text, s)) &&
      holdsPhrases(e.unit.terms) &&
      !pointsBack(e.unit.unit.text) &&
      !said.includes(e.unit.unit.text.slice(0, 60)),
  );
  return best ? { text: best.unit.unit.text, passage: best.passage } : undefined;
}
