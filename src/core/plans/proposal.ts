/**
 * "Our task is plain text, but a colleague wants the pricier all-rounder just in case. Worth it?": a
 * situation that closes by asking whether a proposal is wise wants a verdict on the proposal, not a
 * pick among the leaders of the type proposed. The documents give the verdict where they state the
 * proposed thing's limits or trade-offs in the situation's words: that sentence is the reason, after
 * the verdict.
 */
import type { Passage } from '../../knowledge/types.js';
import { blockFrom } from '../compose/blocks.js';
import { rankEvidence } from '../evidence/sentences.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

/** A closing that asks whether a proposal is wise, and which way "yes" points. */
const FOR_IT = /\b(?:(?:a |an )?(?:good|smart|sensible|wise) (?:idea|call|move|plan)|worth it|worth the (?:money|cost)|(?:is (?:that|it|this)|really) (?:necessary|needed))\s*(?:or (?:nah|not|no)\b)?\W*$/i;
const AGAINST_IT = /\b(?:(?:a |an )?(?:bad|dumb) (?:idea|call|move|plan)|overkill|over-kill|too much)\s*(?:or (?:nah|not|no)\b)?\W*$/i;

/** What the limits of a thing cost a team: the reason a proposal may not pay off. */
const DRAWBACK = /\b(?:cost(?:s|ly)?|expensive|pricier|slower|more compute|overkill|limitation|instead|only need|unnecessary|not needed)\b/i;

export function asksProposalVerdict(u: Understanding): boolean {
  return FOR_IT.test(u.text) || AGAINST_IT.test(u.text);
}

/** The verdict on the proposal when the documents state its drawback in the situation's words. */
export function proposalVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!asksProposalVerdict(u)) return undefined;
  const concepts = u.concepts;
  const passages = [...new Set(concepts.flatMap((c) => [...(c.aspects.get('limitations') ?? []), ...(c.aspects.get('tradeoffs') ?? [])]))];
  if (passages.length === 0) return undefined;
  const candidates = passages.map((passage: Passage) => ({ passage, score: 1, about: true }));
  const best = rankEvidence(ctx.index, u.terms, candidates, { cue: DRAWBACK }, candidates.length).find((e) => DRAWBACK.test(e.unit.unit.text));
  // The sections are the proposed thing's own limits: a sentence holding a word of the situation speaks to it.
  if (!best || best.coverage < 0.1) return undefined;
  const reason = blockFrom(best, { maxChars: 320, maxUnits: 2, fromStart: true });
  const verdict = AGAINST_IT.test(u.text) ? 'Probably, yes' : 'Probably not';
  return { kind: 'recommendation', answered: true, blocks: [{ ...reason, text: `${verdict}. ${reason.text}` }], concepts, cites: [best.passage] };
}
