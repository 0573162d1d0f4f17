/**
 * "Can we ship code from a code LLM without review?", "can we merge AI-written code straight to
 * main?": a plan that leaves out a step (without Y, skipping Y, straight to Z) is answered from the
 * sentence that says the step is needed ("all generated code needs a review before it is deployed"),
 * and the answer leads with No. A sentence that merely uses Y's word (a definition listing "review"
 * among what code models do) says nothing of whether Y can be left out.
 */
import type { Passage } from '../../knowledge/types.js';
import { analysed, type AnalysedUnit } from '../evidence/analysed.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

/** The step a plan leaves out: "without review", "skipping the human review", "with no testing". */
const LEAVES_OUT = /\b(?:without|skip(?:ping)?|bypass(?:ing)?|forgo(?:ing)?|with no|no need for|(?:don'?t|do not|no longer|won'?t|will not)\s+(?:really\s+|even\s+)?need(?:\s+to)?)\s+(?:(?:any|a|an|the|proper|prior|extra|further|human|manual|code|anyone|anybody|someone|somebody|people)\s+)*([a-z][\w-]*)/i;
/** A plan that goes past the steps between: "straight to main", "directly into production". */
const GOES_STRAIGHT = /\b(?:straight|directly|right)\s+(?:in)?to\b/i;
/** A question on whether the plan is allowed: "can we…", "should we…", "is it ok to…", or a conclusion tagged for a yes ("…, so we can skip review, right?"). */
const ASKS_ALLOWED = /^\W*(?:(?:so|and|but|ok|okay)\W+)?(?:can|could|may|should|shall|is it (?:ok|okay|fine|safe|alright)|are we (?:allowed|ok|fine)|do we really)\b|(?:^\W*|\bso\s+)(?:we|i)\s+(?:can|could|may|don'?t|do not|no longer|won'?t)\b[^.?!;]*\b(?:right|correct|true|yes|no)\W*$/i;
/** A sentence stating that something is needed. */
const REQUIRED = /\b(?:requires?|required|needs?|needed|must|has to|have to|is necessary|is essential)\b/i;
/** …unless it says it is not. */
const NOT_REQUIRED = /\b(?:no|not|never|without|nothing)\b[^,;:.]{0,24}\b(?:requires?|required|needs?|needed|necessary)\b|\bneed(?:s)? not\b/i;
/** The step comes ahead of something: what "straight to" goes past. */
const AHEAD = /\bbefore\b|\bprior to\b|\bfirst\b/i;
/** Where a sentence gives its reason ahead of the requirement: "…, so all generated code requires review". */
const SO = /[,;:]\s+(?:so|therefore|hence|which is why)\s+/i;
/** How far either side of the word of need the step must stand: the step is what is needed, not a word nearby. */
const NEAR = 40;
/** A requirement drawn from what came before it ("All generated code therefore needs…"). */
const DRAWN = /\b(?:therefore|thus|hence|as a result|so)\b/i;

/** The leading words that read lower-case after "No: ". */
const PLAIN_START = /^(?:All|Every|Any|Each|The|A|An|It|They|You|Most|Generated|Such|This|These)\b/;

/** The step the question leaves out, as index terms, and whether it only goes straight past steps. */
function leftOut(ctx: PlanContext, text: string): { terms: string[] } | undefined {
  const m = LEAVES_OUT.exec(text);
  if (m) {
    const terms = ctx.index.analyzer.terms(m[1]!);
    return terms.length > 0 ? { terms } : undefined;
  }
  return GOES_STRAIGHT.test(text) ? { terms: [] } : undefined;
}

/** The requirement line, its reason, and its passage. */
function requirement(ctx: PlanContext, u: Understanding, step: string[]): { passage: Passage; units: AnalysedUnit[]; at: number } | undefined {
  const said = new Set(u.said.terms);
  const subject = u.terms.filter((t) => t.weight >= 0.5 && said.has(t.term) && !t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !step.includes(t.term)).map((t) => t.term);
  if (subject.length === 0) return undefined;
  let best: { passage: Passage; units: AnalysedUnit[]; at: number; score: number } | undefined;
  for (const hit of ctx.index.search(u.terms, { limit: 8 })) {
    const units = analysed(ctx.index, hit.passage).units;
    units.forEach((x, at) => {
      const text = x.unit.text;
      if (x.unit.row || !REQUIRED.test(text) || NOT_REQUIRED.test(text)) return;
      if (step.length > 0 ? !step.every((t) => x.terms.has(t)) : !AHEAD.test(text)) return;
      if (!needs(ctx, text, step)) return;
      const score = subject.filter((t) => x.terms.has(t)).length;
      if (score > 0 && (!best || score > best.score)) best = { passage: hit.passage, units, at, score };
    });
  }
  return best;
}

/** Whether one sentence of the text says the step is needed: the step (or, with none named, a "before") beside the word of need. */
function needs(ctx: PlanContext, text: string, step: string[]): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) => {
    // A question ("must every output be logged?") asks whether it is needed; it does not say so.
    const m = sentence.trim().endsWith('?') ? null : REQUIRED.exec(sentence);
    if (!m) return false;
    if (step.length === 0) return AHEAD.test(sentence.slice(m.index));
    const near = new Set(ctx.index.analyzer.terms(sentence.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR)));
    return step.every((t) => near.has(t));
  });
}

/** "No: " and the requirement, then the reason the documents give for it. */
function compose(units: AnalysedUnit[], at: number): string {
  const text = units[at]!.unit.text.replace(/\*\*/g, '');
  const so = SO.exec(text);
  const claim = (so ? text.slice(so.index + so[0].length) : text).replace(/\s+therefore\b/i, '').replace(/[.!]?\s*$/, '.');
  const lead = `No: ${PLAIN_START.test(claim) ? claim[0]!.toLowerCase() + claim.slice(1) : claim}`;
  if (so) return `${lead} ${text.slice(0, so.index)}.`;
  // The reason stands just before a requirement drawn from it ("…is wrong. All generated code therefore…").
  if (!DRAWN.test(text)) return lead;
  const before = units.slice(Math.max(0, at - 2), at).filter((x) => !x.unit.bullet).map((x) => x.unit.text.replace(/\*\*/g, ''));
  return [lead, ...before].join(' ');
}

/** The verdict on a plan that leaves out a step the documents call needed. */
export function requirementVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  // "Now that code models write tests, can we skip review?": the yes/no clause asks it, after its setting.
  if (!ASKS_ALLOWED.test(u.text) && !ASKS_ALLOWED.test(u.verdict.clause ?? '')) return undefined;
  const step = leftOut(ctx, u.text);
  if (!step) return undefined;
  const found = requirement(ctx, u, step.terms);
  if (!found) return undefined;
  return { kind: 'explanation', answered: true, blocks: [{ text: compose(found.units, found.at), passage: found.passage }], concepts: u.concepts, cites: [found.passage] };
}
