/**
 * "Ok so which of the two for our helpdesk bot?", "which for coding" after two models were compared:
 * a pick between the models just weighed, for the purpose stated, not a model from the whole catalog.
 */
import type { Understanding } from './types.js';

/** "which (one / of the two) … for / to …", "which would you pick", "which should a startup go with". */
const WHICH_FOR = /^(?:(?:ok(?:ay)?|so|and|then|but|well|right|alright|hm+)[,\s]+)*which\b(?:\s+(?:one|of (?:the two|them|those|these|both)|model))?\b(?:[^?.!]{0,40}?\b(?:pick|choose|use|go with|go for|recommend|take|prefer|want|fit|suit|better|best)\b|\s+(?:(?:is|would|should|could|do|does|can)\s+(?:\w+\s+){0,3}?)?(?:for|to|if|when)\b)/i;
/** What the pick is for: "for our helpdesk bot", "for coding", "a startup" (who would pick). */
const FOR = /\bfor\s+([^?.!,;]{2,60}?)\s*(?:[?.!,;]|$)/i;
const WHO = /\b(?:should|would|could|can|do(?:es)?)\s+((?:an?|the|our|my|your)\s+[a-z][\w -]{1,40}?)\s+(?:pick|choose|use|go with|go for|take|prefer|want)\b/i;

/** "which is cheaper", "which one's better for images", "which is faster to run": one side asked for by a measure. */
const WHICH_MEASURE = /^(?:(?:ok(?:ay)?|so|and|then|but|well|right|alright|hm+)[,\s]+)*which(?:\s+one)?(?:'?s|\s+is|\s+are|\s+one is)?\s+(?:\w+er|more \w+|less \w+|better|worse)\b/i;

/**
 * "Which is cheaper?", "which is better for images?" after two kinds or techniques were compared
 * ("fine-tuning vs RAG"): the same two sides, weighed on the measure now asked, not a catalog model.
 */
export function measureBetween(u: Understanding, prev: Understanding): Understanding | undefined {
  if (prev.intent !== 'comparison' || prev.sides.length !== 2 || !prev.sides.every((s) => s.concept && !s.model)) return undefined;
  if (u.models.length > 0 || u.sides.length >= 2 || !WHICH_MEASURE.test(u.text.trim())) return undefined;
  // A kind of its own named now ("which reasoning model…") is its own question.
  if (u.concepts.some((c) => !prev.sides.some((s) => s.concept === c))) return undefined;
  const { runnerUp: _r, target: _t, superlative: _s, ...rest } = u;
  const concepts = prev.sides.map((s) => s.concept!);
  const sideTerms = prev.terms.filter((t) => !u.terms.some((x) => x.term === t.term));
  return { ...rest, followUp: true, previous: prev, intent: 'comparison', confidence: Math.max(u.confidence, 0.6), models: [], concepts, sides: [...prev.sides], categories: [], terms: [...u.terms, ...sideTerms] };
}

/** The follow-up as a comparison of the two models just compared, for the purpose it states; undefined when it asks no such pick. */
export function pickBetween(u: Understanding, prev: Understanding): Understanding | undefined {
  if (prev.intent !== 'comparison' || prev.sides.length !== 2 || !prev.sides.every((s) => s.model)) return undefined;
  // A model or two sides named now, or a comparative ("which is cheaper"), are questions of their own.
  if (u.models.length > 0 || u.sides.length >= 2 || u.superlative || !WHICH_FOR.test(u.text.trim())) return undefined;
  const purpose = (FOR.exec(u.text)?.[1] ?? WHO.exec(u.text)?.[1] ?? '').trim();
  const { runnerUp: _r, target: _t, ...rest } = u;
  const models = prev.sides.map((s) => s.model!);
  return { ...rest, followUp: true, previous: prev, intent: 'comparison', confidence: Math.max(u.confidence, 0.6), models, sides: [...prev.sides], sidePick: { for: purpose } };
}
