/**
 * Advice on doing something well: a section of practices ("Training best practices", "Reducing
 * hallucination in production") answers "what should we do so we don't screw it up?" about the thing
 * it names, the way a section on choosing answers "which should we take?".
 */
import type { Passage } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { PlanContext } from './context.js';
import { kindTerms } from './need-terms.js';

/** A section that sets out how to do something well: "Training best practices", "Prompting tips". */
const PRACTICES = /\b(?:best practices|good practices|practical tips|tips|checklist|habits|pitfalls|mistakes to avoid)\b|^(?:reducing|preventing|avoiding|mitigating|managing)\s/i;
export const isPractices = (p: Passage) => PRACTICES.test(p.section);
/** Practices for something the question names: the section is about it, or its heading names it. */
export const practicesOf = (ctx: PlanContext, u: Understanding, p: Passage) =>
  u.concepts.some((c) => c.passages.includes(p) || ctx.concepts.about(p).includes(c) || c.names.some((n) => n.length > 3 && p.section.toLowerCase().includes(n.toLowerCase()))) ||
  // "…stop it from confidently inventing answers": the problem named in the question's own words
  // ("inventing" read as hallucination) is what the heading sets out to reduce.
  headingNamesNeed(ctx, u, p);

/**
 * A heading that names what the question asks for in other words ("restyle a photo" under "image
 * diffusion variants (image-to-image…)"): a synonym of the question's that is neither a concept it
 * already names nor the kind of content asked for.
 */
export function headingNamesNeed(ctx: PlanContext, u: Understanding, p: Passage, withKind = false): boolean {
  const heading = analysed(ctx.index, p).section;
  const kind = new Set(kindTerms(ctx.index, u.categories));
  // Asked for a kind of content, the heading must be about that kind too.
  if (withKind && (kind.size === 0 || ![...kind].some((t) => heading.has(t)))) return false;
  const named = (term: string) => u.concepts.some((c) => c.names.some((n) => ctx.index.analyzer.terms(n).includes(term)));
  return u.terms.some((t) => t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !kind.has(t.term) && heading.has(t.term) && !named(t.term));
}
/** Advice: a section on when to choose what, or on how to do something well. */
export const isAdvice = (p: Passage) => p.aspect === 'choosing' || isPractices(p);

export function asksHowTo(u: Understanding): boolean {
  return u.choice.asksHowTo;
}
