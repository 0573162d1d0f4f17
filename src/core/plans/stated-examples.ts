/**
 * "examples?" after "what is a small language model": examples asked of one concept with no section
 * on its examples, when the best evidence is about something else (another subject's examples
 * section), are the sentences about it (naming it, or in its own sections) that name some; with
 * none, the answer says the documents name none.
 */
import { analysed } from '../evidence/analysed.js';
import type { Evidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import { notAnswered, type Draft, type PlanContext } from './context.js';

/** A sentence that names examples: "such as", "for example", "includes", a versioned product name. */
const NAMES_EXAMPLES = /\b(?:examples?|such as|e\.g\.|for instance|includ\w+|best-known|well-known|notable|leading|members?)\b|\b[A-Z][a-z]+[A-Z-]?\w*[ -]?\d/;

export function statedExamples(ctx: PlanContext, concepts: readonly Concept[], evidence: readonly Evidence[]): { stated?: Evidence; unstated?: Draft } | undefined {
  const subject = concepts[0];
  if (!subject || concepts.length > 1 || (subject.aspects.get('examples') ?? []).length > 0) return undefined;
  const nameSets = subject.names.map((n) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~'))).filter((ts) => ts.length > 0);
  const names = (e: Evidence) => nameSets.some((ts) => ts.every((t) => e.unit.terms.has(t)));
  const own = (e: Evidence) => subject.passages.includes(e.passage) && ctx.concepts.about(e.passage).every((c) => c === subject);
  // The best sentence already speaks of the subject: it stands.
  const best = evidence[0];
  if (!best || names(best) || subject.passages.includes(best.passage)) return undefined;
  const stated = evidence.slice(0, 12).find((e) => (names(e) || own(e)) && NAMES_EXAMPLES.test(e.unit.unit.text));
  if (stated) return { stated };
  const what = subject.defining ? analysed(ctx.index, subject.defining).units[0]?.unit.text : undefined;
  // A kind of model has members to name; a technique or a setting has uses to show instead.
  const plural = /s$/i.test(subject.name) ? subject.name : `${subject.name}s`;
  const lead = !['technique', 'setting', 'benchmark', 'metric'].includes(subject.kind ?? '') ? `My documents don't name particular ${plural.toLowerCase()}, so I won't guess at any.` : `My documents give no examples of ${subject.name}, so I won't guess at any.`;
  const text = `${lead}${what ? ` What they say: ${what}` : ''}`;
  return { unstated: notAnswered('no_answer', text, subject.defining ? [subject.defining] : []) };
}
