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

/** A section that sets out how to do something well: "Training best practices", "Prompting tips". */
const PRACTICES = /\b(?:best practices|good practices|practical tips|tips|checklist|habits|pitfalls|mistakes to avoid)\b|^(?:reducing|preventing|avoiding|mitigating|managing)\s/i;
export const isPractices = (p: Passage) => PRACTICES.test(p.section);
/** Practices for something the question names: the section is about it, or its heading names it. */
export const practicesOf = (ctx: PlanContext, u: Understanding, p: Passage) =>
  u.concepts.some((c) => c.passages.includes(p) || ctx.concepts.about(p).includes(c) || c.names.some((n) => n.length > 3 && p.section.toLowerCase().includes(n.toLowerCase()))) ||
  // "…stop it from confidently inventing answers": the problem named in the question's own words
  // ("inventing" read as hallucination) is what the heading sets out to reduce.
  analysed(ctx.index, p).section.size > 0 && u.terms.some((t) => t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && analysed(ctx.index, p).section.has(t.term) && !u.concepts.some((c) => c.names.some((n) => ctx.index.analyzer.terms(n).includes(t.term))));
/** Wording that asks how to do something well rather than which thing to take. */
const HOW_TO = /\b(?:what should (?:we|i|you) do|how (?:do|should|can|could) (?:we|i|you)|best practices?|tips|pitfalls|mistakes|go(?:es)? wrong|(?:don'?t|not|never) (?:screw|mess|muck) (?:it |this |that |things )?up)\b/i;

/** Advice: a section on when to choose what, or on how to do something well. */
export const isAdvice = (p: Passage) => p.aspect === 'choosing' || isPractices(p);

export function asksHowTo(u: Understanding): boolean {
  return HOW_TO.test(u.text);
}
