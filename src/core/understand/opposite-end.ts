/**
 * "And the most expensive?" after "which model is cheapest?": the same ranking read from its other
 * end. The follow-up keeps the attribute, the pool and the needs of the question before it and only
 * turns the direction round; it does not rank what the last answer happened to name (a cheapest
 * pick's alternatives are not the whole price table).
 */
import type { Constraints, Understanding } from './types.js';

/** A superlative follow-up with nothing of its own to rank by: "and the priciest one?", "what about the smallest?". */
function asksOtherEnd(u: Understanding, prev: Understanding, contentWords: number): boolean {
  if (!u.superlative || !prev.superlative || u.superlative === prev.superlative) return false;
  // A figure of its own ("and the largest context window?" after a price) is its own question.
  const ownAttribute = u.attribute !== undefined && u.attribute !== 'figure' && u.attribute !== prev.attribute;
  return !ownAttribute && u.models.length === 0 && u.articles.length === 0 && u.categories.length === 0 && u.sides.length < 2 && contentWords <= 5;
}

/** The previous turn's needs, less the wish for low cost that the other end of a price ranking reverses. */
function keptNeeds(prev: Constraints, now: Constraints): Constraints {
  const out: Constraints = { ...prev };
  for (const key of Object.keys(now) as Array<keyof Constraints>) if (key !== 'contextTokens' && key !== 'deadlineDays' && now[key]) out[key] = true;
  out.budget = now.budget;
  out.highVolume = now.highVolume || prev.highVolume;
  return out;
}

/**
 * The follow-up resolved as the previous ranking's other end, or undefined when it is not one.
 * `contentWords` counts the follow-up's words beyond its connector ("and", "what about").
 */
export function otherEnd(u: Understanding, prev: Understanding, contentWords: number): Understanding | undefined {
  if (!asksOtherEnd(u, prev, contentWords)) return undefined;
  const { runnerUp: _r, target: _t, selectFrom: _s, among: _a, ...rest } = u;
  const attribute = prev.attribute ?? (u.attribute !== 'figure' ? u.attribute : undefined);
  return {
    ...rest,
    intent: 'ranking',
    confidence: Math.max(u.confidence, prev.confidence),
    ...(attribute ? { attribute } : {}),
    superlative: u.superlative!,
    // The pool the previous question ranked: the models it named, or the whole catalog.
    models: [...prev.models],
    concepts: [...prev.concepts],
    categories: [...prev.categories],
    constraints: keptNeeds(prev.constraints, u.constraints),
    statedConstraints: u.constraints,
    sides: [],
    oppositeEnd: true,
    followUp: true,
    previous: prev,
  };
}
