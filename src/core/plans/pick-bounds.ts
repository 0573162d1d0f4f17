/**
 * What may stand beside a model pick: alternatives reached the way the question requires, and
 * advice after the pick only when it adds something the pick's line does not say.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { namesModel } from '../catalog/name-in-text.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { needsOpen } from './pick-model.js';

/** Whether a sentence names a model (as a whole word, bold or not). */
export const mentions = namesModel;

/** Whether an alternative is reached the way the question requires, when it requires a way the pick meets. */
export function sameChannel(u: Understanding, pick: CatalogEntry, other: CatalogEntry): boolean {
  const c = u.constraints;
  if (needsOpen(c)) return pick.access !== 'open' || other.access === 'open';
  if (c.managedApi) return pick.access !== 'proprietary' || other.access === 'proprietary';
  return true;
}

/** The access a question fixed, as the words advice on it opens with. */
const CHANNEL_WORDS: Array<[(c: Understanding['constraints']) => boolean, string]> = [
  [(c) => c.openWeights || c.selfHosted, 'open source self-hosted'],
  [(c) => c.managedApi, 'proprietary'],
];

/** Advice that turns on a rate of use: "10 million tokens a month", "per month". */
const VOLUME_ADVICE = /\btokens? (?:a|per|each) (?:day|week|month|year)\b|\btokens?\/(?:day|month)\b/i;

/**
 * Whether advice after a pick says something the pick's line does not: advice that names the pick
 * again, or only other kinds' models ("Choosing an image model…" after a coding pick), or that
 * argues for the access the asker already fixed ("Proprietary models are the better choice…" to
 * someone who asked for an API model) only pads the answer.
 */
export function addsToPick(ctx: PlanContext, u: Understanding, draft: Draft, text: string): boolean {
  const picked = draft.models ?? [];
  if (picked.some((m) => mentions(text, m.name))) return false;
  const named = ctx.matcher.find(text).map((m) => m.model);
  const kinds = new Set(picked.flatMap((m) => m.categories));
  // Mostly: "…inside ChatGPT" in a list of image models is where one of them is reached.
  if (named.length > 0 && named.filter((m) => m.categories.some((c) => kinds.has(c))).length * 2 < named.length) return false;
  const stated = u.statedConstraints ?? u.constraints;
  // "Once a workload passes 10 million tokens a month…" weighs a volume the asker never stated:
  // millions of tokens in one prompt are a context, not a rate.
  if (!stated.highVolume && VOLUME_ADVICE.test(text)) return false;
  const opening = new Set(ctx.index.analyzer.terms(text.split(/(?<=[.!?:])\s/)[0]!));
  return !CHANNEL_WORDS.some(([fixed, words]) => fixed(stated) && ctx.index.analyzer.terms(words).some((t) => t.startsWith('~') && opening.has(t)));
}
