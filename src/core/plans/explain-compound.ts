/**
 * Questions that ask two things of one subject: "what is a reasoning model? any examples?" asks
 * what it is as well as the aspect; "whats a token, how big is one?" asks for a figure as well.
 */
import type { Aspect } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import { coverage, idfWeights, statesFigure } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { figureWanted } from './fact.js';

/** "What is X?", "what's an X", "define X" as a clause of its own: the frame and what it names. */
const WHAT_IS = /(?:^|[.?!;,:\u2013\u2014-]\s*|\band\s+)(?:so\s+)?(?:what(?:'s|\s+is|\s+are)|whats|define)\s+([^.?!;,]{2,60}?)\s*(?=[.?!;,]|\s+and\b|$)/gi;

/** "Explain what a VAE is", "tell me what RAG is and…": what X is, asked inside a request. */
const WHAT_X_IS = /\bwhat\s+((?!is\b|are\b)[^.?!;,]{2,60}?)\s+(?:is|are)\s*(?=[.?!;,]|\s+and\b|$)/gi;

/** A clause's subject said as a pronoun: "what is it". */
const POINTER = /^(?:it|that|this|they|those|these|them)$/i;

/**
 * "What is a reasoning model? Any examples?": besides the aspect, the question asks what its subject
 * is, in a clause that names the subject and nothing more.
 */
export function asksWhatItIs(ctx: PlanContext, u: Understanding, subject: Concept): boolean {
  const names = new Set(subject.names.flatMap((n) => ctx.index.analyzer.terms(n)));
  // "Explain what a VAE is and what it's used for": the same ask, said the other way round.
  for (const m of u.text.matchAll(WHAT_X_IS)) {
    const said = ctx.index.analyzer.terms(m[1]!);
    if (said.length > 0 && said.every((t) => names.has(t))) return true;
  }
  for (const m of u.text.matchAll(WHAT_IS)) {
    // "RAG - what is it and why…": the pronoun stands for the subject named just before it.
    const said = POINTER.test(m[1]!) ? ctx.index.analyzer.terms(u.text.slice(Math.max(0, m.index - 60), m.index)) : ctx.index.analyzer.terms(m[1]!);
    if (POINTER.test(m[1]!) ? said.some((t) => names.has(t)) : said.length > 0 && said.every((t) => names.has(t))) return true;
  }
  return false;
}

/** Aspects that read well after the subject's definition. */
export const AFTER_DEFINITION = new Set<Aspect>(['examples', 'uses', 'how', 'why', 'limitations', 'history', 'tradeoffs']);

/**
 * "What's a token, how big is one roughly?": a definition that also asks for a figure gets the
 * sentence of its section that states one, when the definition itself gives none.
 */
export function withFigure(ctx: PlanContext, u: Understanding, draft: Draft): Draft {
  const figure = u.attribute === 'figure' ? figureWanted(u) : undefined;
  const lead = draft.blocks[0];
  // A number written out ("split in two") is seldom the figure asked for; digits are.
  const states = (text: string) => statesFigure(text, figure!) && (figure !== 'number' || /\d/.test(text));
  if (!figure || !draft.answered || !lead?.passage || draft.blocks.some((b) => states(b.text))) return draft;
  const weights = idfWeights(ctx.index, u.terms);
  const stating = analysed(ctx.index, lead.passage).units.filter((x) => states(x.unit.text) && !lead.text.includes(x.unit.text));
  const best = stating.sort((a, b) => coverage(weights, b.terms) - coverage(weights, a.terms))[0];
  return best ? { ...draft, blocks: [...draft.blocks, { text: best.unit.text, passage: lead.passage }] } : draft;
}
