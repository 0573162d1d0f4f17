/**
 * The question's words as sentences are weighed for an explanation: beyond "what is X" the
 * subject's own words count half; in a follow-up, the words it brings lead and those carried from
 * the conversation only keep it on topic; a pronoun after several subjects points at the first.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { PlanContext } from './context.js';

/**
 * Beyond "what is X", every sentence of X's sections names X: what singles out the answer is the
 * rest of the question ("specialise it for Python"), so the subject's own words count half.
 */
export function contentTerms(ctx: PlanContext, u: Understanding, concepts: readonly Concept[], definition: boolean): readonly WeightedTerm[] {
  const terms = firstNamed(ctx, u, concepts, followUpTerms(ctx, u));
  if (definition && u.intent !== 'yesno') return terms;
  const subject = new Set(concepts.flatMap((c) => c.names.slice(0, 2)).flatMap((n) => ctx.index.analyzer.terms(n)));
  if (subject.size === 0) return terms;
  // "What are generative adversarial networks used for?": with a section of its own on the aspect,
  // which calls it "GANs", the full name said in the question is no sign of the answer.
  const own = u.aspect !== undefined && u.aspect !== 'definition' ? (concepts[0]?.aspects.get(u.aspect) ?? []) : [];
  const ownWords = new Set(own.flatMap((p) => ctx.index.analyzer.terms(p.text)));
  const main = new Set((concepts[0]?.names ?? []).flatMap((n) => ctx.index.analyzer.terms(n)));
  const factor = (term: string) => (own.length > 0 && main.has(term) && !ownWords.has(term) ? 0.1 : 0.5);
  return terms.map((t) => (subject.has(t.term) ? { ...t, weight: t.weight * factor(t.term) } : t));
}

/**
 * "Is anyone shipping those yet?" after "world models are the next big thing after video models":
 * the pronoun points at the subject named first; words carried only from the others count half.
 */
function firstNamed(ctx: PlanContext, u: Understanding, concepts: readonly Concept[], terms: readonly WeightedTerm[]): readonly WeightedTerm[] {
  const rest = passingNames(ctx, u, concepts);
  if (!rest) return terms;
  return terms.map((t) => (rest.has(t.term) ? { ...t, weight: t.weight * 0.5 } : t));
}

/**
 * The words that name only the subjects a follow-up's pronoun does not point at: all but the one
 * named first ("world models are the next big thing after video models"), when the follow-up names
 * none itself and the earlier turn did not set them side by side ("X vs Y": "them" is both). Undefined when the pronoun has no such choice.
 */
export function passingNames(ctx: PlanContext, u: Understanding, concepts: readonly Concept[]): ReadonlySet<string> | undefined {
  const [first, ...others] = concepts;
  if (!u.followUp || !first || others.length === 0 || PAIRED.test(u.previous?.text ?? '') || BOTH.test(u.text)) return undefined;
  const own = new Set(u.said.terms.filter((t) => !WEAK_TERMS.has(t)));
  const namesOf = (c: Concept) => new Set(c.names.flatMap((n) => ctx.index.analyzer.terms(n)));
  if (concepts.some((c) => [...namesOf(c)].some((t) => own.has(t)))) return undefined;
  const main = namesOf(first);
  const rest = new Set(others.flatMap((c) => [...namesOf(c)]).filter((t) => !main.has(t)));
  return rest.size > 0 ? rest : undefined;
}

/** A pronoun that points at every subject named before. */
const BOTH = /\b(?:both|either|each|all of them|the two)\b/i;
/** Subjects set side by side ("X or Y", "X vs Y", "between X and Y"): a pronoun after them means them all. */
const PAIRED = /\b(?:vs\.?|versus|or|and|between|compared?|differ\w*|same)\b|\//i;

/**
 * A follow-up that brings words of its own ("can you specialise one for Python?") asks what those
 * words say; the words carried from the conversation only keep it on the subject, which the
 * resolved concepts already do, so they count a quarter when sentences are weighed.
 */
function followUpTerms(ctx: PlanContext, u: Understanding): readonly WeightedTerm[] {
  if (!u.followUp || !u.previous) return u.terms;
  // Its own words: those it says, and those the earlier turn did not have (a misspelling corrected).
  const before = new Set(u.previous.terms.map((t) => t.term));
  const own = new Set([...u.said.terms, ...u.terms.filter((t) => !before.has(t.term)).map((t) => t.term)]);
  const asked = u.terms.filter((t) => own.has(t.term) && !t.term.startsWith('~') && !WEAK_TERMS.has(t.term));
  if (asked.length === 0) return u.terms;
  return u.terms.map((t) => (own.has(t.term) ? t : { ...t, weight: t.weight * 0.25 }));
}
