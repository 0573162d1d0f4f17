/**
 * Fills in what a follow-up leaves out from the previous turn's understood value (never its words):
 * "and Gemini 2.5 Pro?" keeps the question and swaps the model; "what is it used for?" keeps the
 * subject; "which of them is cheapest?" ranks what the last answer listed.
 *
 * The follow-up's cues are read once (followup/facts.ts); the first resolution below that holds
 * resolves it. Most follow-ups carry over (followup/carry.ts): they take what they leave out from the
 * last turn, slot by slot.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Turn } from './understand.js';
import type { Understanding } from './types.js';
import { otherEnd } from './opposite-end.js';
import { measureBetween, pickBetween } from './pick-between.js';
import { carryOver } from './followup/carry.js';
import { isSocial, readFollowUp, type FollowUpFacts } from './followup/facts.js';
import { sidePickAsked, sidePicked } from './followup/side-pick.js';

/** One way a follow-up resolves: when `when` holds of its facts, `resolve` gives its understanding. */
export interface Resolution {
  name: string;
  when: (f: FollowUpFacts) => boolean;
  resolve: (f: FollowUpFacts) => Understanding;
}

/** A resolution read by a function that gives undefined when it does not apply. */
const resolvedBy = (name: string, read: (f: FollowUpFacts) => Understanding | undefined): Resolution => ({ name, when: (f) => read(f) !== undefined, resolve: (f) => read(f)! });

/** In order: the first that holds resolves the follow-up (the last always does). */
export const RESOLUTIONS: readonly Resolution[] = [
  // "ok so which of the two for our helpdesk bot?" after two models were compared: a pick between them.
  resolvedBy('pick-between', (f) => pickBetween(f.asked, f.prev)),
  // "which is cheaper?" after "fine-tuning vs RAG": the same two sides, weighed on that measure.
  resolvedBy('measure-between', (f) => measureBetween(f.asked, f.prev)),
  // "what is a token" after "hi": small talk before leaves nothing to carry.
  { name: 'after-small-talk', when: (f) => isSocial(f.prev), resolve: (f) => f.u },
  // "thanks!" after an answer: small talk of its own ("and thanks, what about X" is not).
  { name: 'small-talk', when: (f) => isSocial(f.u) && !f.connector, resolve: (f) => f.u },
  // "what is a vae" after "what is a gan": no pronoun, connector, fragment or pick; a question of its own.
  {
    name: 'own-question',
    when: (f) => !f.pronoun && !f.connector && !f.elliptical && !f.attributeQuestion && !f.pickFromList && !f.pointerSide && !f.kindPointer && !f.instead && !f.alternative,
    resolve: (f) => f.u,
  },
  // "ok and which one would you pick for a support bot?" after "chat model vs instruct model".
  { name: 'side-pick', when: (f) => sidePickAsked(f.u, f.prev) !== undefined, resolve: sidePicked },
  // "and the most expensive?" after the cheapest: the same ranking from its other end.
  resolvedBy('other-end', (f) => otherEnd(f.u, f.prev, f.contentWords)),
  // "what is it used for?", "and for video?": what it leaves out, taken from the last turn.
  { name: 'carry-over', when: () => true, resolve: carryOver },
];

export function resolveFollowUp(u: Understanding, previous: Turn, catalog: readonly CatalogEntry[] = []): Understanding {
  const facts = readFollowUp(u, previous, catalog);
  for (const rule of RESOLUTIONS) if (rule.when(facts)) return rule.resolve(facts);
  return u;
}
