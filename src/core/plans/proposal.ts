/**
 * "Our task is plain text, but a colleague wants the pricier all-rounder just in case. Worth it?": a
 * situation that closes by asking whether a proposal is wise wants a verdict on the proposal, not a
 * pick among the leaders of the type proposed. The documents give the verdict where they state the
 * proposed thing's limits or trade-offs in the situation's words: that sentence is the reason, after
 * the verdict.
 */
import type { Passage } from '../../knowledge/types.js';
import { blockFrom } from '../compose/blocks.js';
import { analysed } from '../evidence/analysed.js';
import { rankEvidence } from '../evidence/sentences.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

/** A closing that asks whether a proposal is wise, and which way "yes" points. */
const FOR_IT = /\b(?:(?:a |an |the )?(?:good|smart|sensible|wise|right) (?:idea|call|move|plan|choice)|worth it|worth the (?:money|cost)|(?:is (?:that|it|this)|really) (?:necessary|needed))\s*(?:or (?:nah|not|no)\b)?\W*$/i;
const AGAINST_IT = /\b(?:(?:a |an )?(?:bad|dumb) (?:idea|call|move|plan)|overkill|over-kill|too much)\s*(?:or (?:nah|not|no)\b)?\W*$/i;

/** What the limits of a thing cost a team: the reason a proposal may not pay off. */
const DRAWBACK = /\b(?:cost(?:s|ly)?|expensive|pricier|slower|more compute|overkill|limitation|instead|only need|unnecessary|not needed|beyond (?:most |the )?budgets?|(?:millions|billions) of dollars)\b/i;

export function asksProposalVerdict(u: Understanding): boolean {
  return FOR_IT.test(u.text) || AGAINST_IT.test(u.text);
}

/** The verdict on the proposal when the documents state its drawback in the situation's words. */
export function proposalVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!asksProposalVerdict(u)) return undefined;
  const concepts = u.concepts;
  const passages = [...new Set(concepts.flatMap((c) => [...(c.aspects.get('limitations') ?? []), ...(c.aspects.get('tradeoffs') ?? []), ...(c.aspects.get('cost') ?? [])]))];
  if (passages.length === 0) return undefined;
  const candidates = passages.map((passage: Passage) => ({ passage, score: 1, about: true }));
  const best = rankEvidence(ctx.index, u.terms, candidates, { cue: DRAWBACK }, candidates.length).find((e) => DRAWBACK.test(e.unit.unit.text));
  // The sections are the proposed thing's own limits: a sentence holding a word of the situation speaks to it.
  if (!best || best.coverage < 0.1) return undefined;
  const against = AGAINST_IT.test(u.text);
  const verdict = against ? 'Probably, yes' : 'Probably not';
  // Against the proposal, the option the documents say fits the situation comes before the drawback.
  const other = against ? undefined : betterOption(ctx, u);
  // After the better option, one sentence of the drawback: a second on the same cost says it twice.
  const reason = blockFrom(best, { maxChars: 320, maxUnits: other ? 1 : 2, fromStart: true });
  const text = other ? `${verdict}; ${other.text} ${reason.text}` : `${verdict}. ${reason.text}`;
  return { kind: 'recommendation', answered: true, blocks: [{ ...reason, text }], concepts, cites: other ? [other.passage, best.passage] : [best.passage] };
}

/** The sentence that puts the proposal: "someone wants to train our own model from scratch". */
const PROPOSES = /\b(?:wants?|suggest(?:s|ed)?|propos(?:es|ed)|thinks? we should|(?:is |are )?pushing for|plans? to|insists? on)\b/i;
/** An option of a list and what it is: "Fine-tuning: adapt an existing model…". */
const OPTION = /^\**([^:*]{2,40}?)\**:\s+(\S.*)$/s;
/** Where an option says when it fits: "right when the base model underperforms on…". */
const WHEN = /\b(?:right|enough|best|ideal|suits?|fits?|worth it)\s+(?:only\s+)?when\b|\bso it suits\b/i;

/**
 * Of a list of options that holds the proposal ("API integration / fine-tuning / building from
 * scratch"), the other option whose stated condition ("right when the base model underperforms on
 * legal language") the situation meets best.
 */
function betterOption(ctx: PlanContext, u: Understanding): { text: string; passage: Passage } | undefined {
  const proposal = u.text.split(/(?<=[.!?])\s+/).find((s) => PROPOSES.test(s));
  if (!proposal) return undefined;
  const proposed = new Set(ctx.index.analyzer.terms(proposal).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
  const weight = new Map(u.terms.filter((t) => !proposed.has(t.term)).map((t) => [t.term, t.weight]));
  const lists = [...new Set(u.concepts.flatMap((c) => [...(c.aspects.get('comparison') ?? []), ...(c.aspects.get('choosing') ?? [])]))];
  let best: { text: string; passage: Passage; score: number } | undefined;
  for (const passage of lists) {
    const options = analysed(ctx.index, passage).units.filter((x) => x.unit.bullet).flatMap((x) => {
      const m = OPTION.exec(x.unit.text.replace(/^\s*[-*•]\s+/, ''));
      return m ? [{ label: m[1]!, rest: m[2]! }] : [];
    });
    const labelTerms = (label: string) => ctx.index.analyzer.terms(label).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t));
    const isProposal = (label: string) => labelTerms(label).some((t) => proposed.has(t));
    // Only a list that holds the proposal weighs it against the others.
    if (options.filter((o) => isProposal(o.label)).length !== 1) continue;
    for (const o of options) {
      const when = WHEN.exec(o.rest);
      if (isProposal(o.label) || !when) continue;
      const condition = new Set(ctx.index.analyzer.terms(o.rest.slice(when.index)));
      const score = [...condition].reduce((sum, t) => sum + (weight.get(t) ?? 0), 0);
      if (score > 0.5 && (!best || score > best.score)) best = { text: `${/^[A-Z]{2}/.test(o.label) ? o.label : o.label.charAt(0).toLowerCase() + o.label.slice(1)} fits better: ${o.rest.replace(/\.?$/, '.')}`, passage, score };
    }
  }
  return best;
}
