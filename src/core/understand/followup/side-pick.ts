/**
 * "Ok and which one would you pick for a support bot?" after "chat model vs instruct model": a pick
 * between the two kinds just compared, not a model to recommend from the catalog.
 */
import type { Side, Understanding } from '../types.js';
import type { FollowUpFacts } from './facts.js';
import { mergeTerms } from './merge.js';

/** "Which one would you pick", "which of the two should we use", "what would you go with": one of two asked for. */
const PICKS_ONE = /\bwhich(?: one| of (?:the two|them|those|these|both))?\b.{0,40}\b(?:pick|choose|use|go with|go for|recommend|take|prefer|want|fit|suit|better)\b|\b(?:pick|choose|go with|go for|recommend)\b.{0,20}\b(?:one|either)\b/i;
/** What the pick is for: "for a support bot", "for our internal helpdesk". */
const PICKED_FOR = /\bfor\s+((?:an?|the|our|my|your|their)\s+[^?.!,;]{2,50}?)\s*(?:[?.!,;]|$)/i;

/** The two kinds the last turn compared, when the follow-up asks to pick one of them. */
export function sidePickAsked(u: Understanding, prev: Understanding): Side[] | undefined {
  if (prev.intent !== 'comparison' || prev.sides.length !== 2 || !prev.sides.every((s) => s.concept && !s.model)) return undefined;
  if (u.models.length > 0 || u.sides.length >= 2 || !['recommendation', 'comparison'].includes(u.intent) || !PICKS_ONE.test(u.text)) return undefined;
  // A kind of its own named now ("which reasoning model…") is its own question.
  if (u.concepts.some((c) => !prev.sides.some((s) => s.concept === c))) return undefined;
  return [...prev.sides];
}

/** The follow-up as a comparison of the two kinds, for the purpose it states. */
export function sidePicked(f: FollowUpFacts): Understanding {
  const { u, prev } = f;
  const sides = sidePickAsked(u, prev)!;
  const purpose = PICKED_FOR.exec(u.text)?.[1]?.trim() ?? '';
  const picked: Understanding = { ...u, followUp: true, previous: prev, intent: 'comparison', sides, concepts: sides.map((s) => s.concept!), sidePick: { for: purpose }, terms: mergeTerms(u.terms, prev.terms) };
  // The pick is of a side, not of the kind of thing the wording named ("which one…" reads as a model).
  delete picked.target;
  return picked;
}
