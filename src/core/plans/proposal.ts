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
import { retrievePassages } from '../evidence/retrieve.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Draft, PlanContext } from './context.js';
import { lowerFirst } from '../lexicon/case.js';

/** What the limits of a thing cost a team: the reason a proposal may not pay off. */
const DRAWBACK = /\b(?:cost(?:s|ly)?|expensive|pricier|slower|more compute|overkill|limitation|instead|only need|unnecessary|not needed|beyond (?:most |the )?budgets?|(?:millions|billions) of dollars)\b/i;

/** What a thing costs to run: the drawback that makes it more than a task needs. */
const COST = /\b(?:costs? more|cost(?:ly)?\b|expensive|pricier|slower|more compute|beyond (?:most |the )?budgets?|(?:millions|billions) of dollars)/i;
/** A sentence weighing cost in the thing's favour ("balances performance, cost and time … better than any other path"): no drawback. Nor is a lead-in to a list ("three paths, each with its own cost:"). */
const FAVOURS = /\bbalanc(?:es|e|ing)\b[^.]*\bcost\b|\bbetter than (?:any|every|all)\b|\bcheaper than\b|\bsaves?\b[^.]*\bcost/i;

export function asksProposalVerdict(u: Understanding): boolean {
  return u.proposal.asked;
}

/** The verdict on the proposal when the documents state its drawback in the situation's words. */
export function proposalVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!asksProposalVerdict(u)) return undefined;
  const lean = u.proposal.lean;
  // Of the options the documents list, the one whose stated condition the situation meets.
  const option = weighOptions(ctx, u);
  const concepts = u.concepts;
  // A team's documents may keep a type's limits inside its one section ("The main limitation is compute cost…").
  const aspects = (c: Concept) => [...(c.aspects.get('limitations') ?? []), ...(c.aspects.get('tradeoffs') ?? []), ...(c.aspects.get('cost') ?? [])];
  const limits = new Set(concepts.flatMap(aspects));
  const passages = [...new Set(concepts.flatMap((c) => (aspects(c).length > 0 ? aspects(c) : c.passages)))];
  const candidates = passages.map((passage: Passage) => ({ passage, score: 1, about: true }));
  // Outside a section on limits, and for "overkill?", only a sentence on what the thing costs is its drawback.
  const isDrawback = (text: string, passage: Passage) => (limits.has(passage) && lean !== 'against' ? DRAWBACK : COST).test(text) && !FAVOURS.test(text) && !/:\s*$/.test(text.split('\n')[0]!) && !otherOption(ctx, u, text);
  // Beside a better option, only a stated limit of the proposal is its cost: a sentence from its other
  // sections ("adapting a model this way balances cost…") may argue for it.
  const drawback = candidates.length > 0 ? rankEvidence(ctx.index, u.terms, candidates, { cue: DRAWBACK }, candidates.length).find((e) => isDrawback(e.unit.unit.text, e.passage) && (!option || limits.has(e.passage))) : undefined;
  // The proposal's own condition is met ("the base model does badly on our contracts, should we fine-tune?"): do it.
  // "Keep the API, fine-tune, or train our own?" offers options to pick from: the one that fits leads, with no yes or no.
  if (option && u.verdict.eitherOr) {
    const picked = option.text.replace(/ fits (?:better|here): /, ' fits here: ');
    const text = option.proposedWhen ? `${picked} ${option.proposedWhen}` : picked;
    return { kind: 'recommendation', answered: true, blocks: [{ text: text[0]!.toUpperCase() + text.slice(1), passage: option.passage }], concepts, cites: [option.passage] };
  }
  if (option?.fits === 'proposed') {
    const verdict = lean === 'against' ? 'No' : 'Yes';
    return { kind: 'recommendation', answered: true, blocks: [{ text: `${verdict}; ${option.text}`, passage: option.passage }], concepts, cites: [option.passage] };
  }
  // A plain "should we…?" with no listed option to weigh is advice the other plans give; only a
  // question that doubts the proposal ("worth it?", "overkill?"), or a small team or budget
  // weighing a costly one, is answered by the proposal's drawback alone.
  // "Is fine-tuning worth it?" with nothing in the situation to decide it: the condition the documents
  // set for it is the verdict, before a drawback that may not apply.
  // "Is fine-tuning overkill for us?" is the same question the other way round: not when its condition holds.
  const own = option || statesSituation(ctx, u) ? undefined : ownCondition(ctx, u, lean === 'against');
  if (own) return { kind: 'recommendation', answered: true, blocks: [{ text: own.text, passage: own.passage }], concepts, cites: [own.passage] };
  const doubts = lean !== 'open' || ((u.constraints.smallTeam || u.constraints.budget) && drawback !== undefined && /\b(?:cost|budget|dollars|expensive)/i.test(drawback.unit.unit.text));
  const best = drawback && drawback.coverage >= 0.1 ? drawback : undefined;
  if (!option && (!best || !doubts)) {
    // A situation no listed condition speaks to ("…for a small startup?") still gets the proposal's own condition.
    const fallback = u.verdict.clause !== undefined && !own ? ownCondition(ctx, u, lean === 'against') : undefined;
    return fallback ? { kind: 'recommendation', answered: true, blocks: [{ text: fallback.text, passage: fallback.passage }], concepts, cites: [fallback.passage] } : undefined;
  }
  const verdict = lean === 'against' ? 'Probably, yes' : 'Probably not';
  if (!best) {
    const when = option!.proposedWhen ? ` ${option!.proposedWhen}` : '';
    return { kind: 'recommendation', answered: true, blocks: [{ text: `${verdict}; ${option!.text}${when}`, passage: option!.passage }], concepts, cites: [option!.passage] };
  }
  // Against the proposal, the option the documents say fits the situation comes before the drawback.
  const other = lean === 'against' ? undefined : option;
  // After the better option, one sentence of the drawback: a second on the same cost says it twice.
  // A section on the limits opens on them; in a type's one section the drawback sentence starts the reason.
  const reason = blockFrom(best, { maxChars: 320, maxUnits: other ? 1 : 2, fromStart: limits.has(best.passage) });
  const text = other ? `${verdict}; ${other.text} ${reason.text}` : `${verdict}. ${reason.text}`;
  return { kind: 'recommendation', answered: true, blocks: [{ ...reason, text }], concepts, cites: other ? [other.passage, best.passage] : [best.passage] };
}

/** A list item labelled with another option than the one proposed ("Building from scratch: … millions of dollars"): that option's cost, not the proposal's. */
function otherOption(ctx: PlanContext, u: Understanding, text: string): boolean {
  const m = OPTION.exec(text.replace(/^\s*[-*•]\s+/, ''));
  const proposal = u.proposal.clause;
  if (!m || !proposal || !/^\s*[-*•]/.test(text)) return false;
  const proposed = new Set(ctx.index.analyzer.terms(proposal).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
  return !ctx.index.analyzer.terms(m[1]!).some((t) => proposed.has(t));
}

/** Whether the question says more than its proposal ("…keeps misreading our clause types. Someone wants to…"): a situation the options are weighed against. */
function statesSituation(ctx: PlanContext, u: Understanding): boolean {
  const clause = u.proposal.clause;
  if (!clause) return true;
  const put = new Set(ctx.index.analyzer.terms(clause));
  const said = new Set(ctx.index.analyzer.terms(u.text).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t) && !put.has(t)));
  return said.size > 1;
}

/** A list's options that hold a condition, for the proposal's list: the one proposed, and the others. */
interface OptionLine {
  label: string;
  rest: string;
}

/**
 * The proposal's own option in a list of options, when it states its condition ("Fine-tuning: …
 * takes 2 to 8 weeks, and it is right when the base model underperforms on …"): "Only if the base
 * model underperforms on …: adapting … takes 2 to 8 weeks.", then the first other option with a
 * condition, as the documents put it.
 */
function ownCondition(ctx: PlanContext, u: Understanding, against = false): { text: string; passage: Passage } | undefined {
  const held = proposalList(ctx, u);
  if (!held) return undefined;
  const when = WHEN.exec(held.mine.rest);
  if (!when) return undefined;
  const condition = throughWhen(held.mine.rest.slice(when.index + when[0].length), 0).replace(/\.$/, '').replace(/^\s*(?:when|where)\s+/i, '').trim();
  const body = held.mine.rest.slice(0, when.index).replace(/[,;.]?\s*(?:and\s+|so\s+)?(?:(?:it|this|that)\s+)?(?:is\s+)?$/i, '').trim();
  if (!condition || !body) return undefined;
  // "…right when X" is a condition; "so it suits only Y" names who it is for.
  // Asked as "overkill?", the same condition says when it is not: "Not if …", "Probably, except for …".
  const whenKind = /\bwhen\b|\bwhere\b/i.test(when[0]);
  const who = condition.replace(/^only\s+/i, '');
  const lead = whenKind ? `${against ? 'Not if' : 'Only if'} ${condition}` : against ? `Probably, except for ${who}` : `Only for ${who}`;
  const other = held.others.find((o) => WHEN.test(o.rest));
  const otherLine = other ? ` ${other.label}: ${throughWhen(other.rest, WHEN.exec(other.rest)!.index)}` : '';
  return { text: `${lead}: ${lowerFirst(body)}.${otherLine}`, passage: held.passage };
}

/** The first list of options (among the named concepts' comparisons and advice) that holds the proposal once. */
function proposalList(ctx: PlanContext, u: Understanding): { mine: OptionLine; others: OptionLine[]; passage: Passage } | undefined {
  const proposal = u.proposal.clause;
  if (!proposal) return undefined;
  const proposed = new Set(ctx.index.analyzer.terms(proposal).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
  for (const passage of optionLists(ctx, u)) {
    const options = listedOptions(ctx, passage);
    const isProposal = (o: OptionLine) => ctx.index.analyzer.terms(o.label).some((t) => !t.startsWith('~') && !WEAK_TERMS.has(t) && proposed.has(t));
    const held = options.filter(isProposal);
    if (held.length === 1) return { mine: held[0]!, others: options.filter((o) => o !== held[0]), passage };
  }
  return undefined;
}

/** Option lists among the named concepts' comparisons and advice, and the advice sections the question retrieves. */
function optionLists(ctx: PlanContext, u: Understanding): Passage[] {
  const own = u.concepts.flatMap((c) => [...(c.aspects.get('comparison') ?? []), ...(c.aspects.get('choosing') ?? [])]);
  const found = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, aspect: 'choosing', limit: 4, filter: (p) => !p.tags.includes('catalog') }).map((c) => c.passage);
  return [...new Set([...own, ...found])];
}

/** The bulleted options of a passage, each as its label and what follows it. */
function listedOptions(ctx: PlanContext, passage: Passage): OptionLine[] {
  return analysed(ctx.index, passage).units.filter((x) => x.unit.bullet).flatMap((x) => {
    const m = OPTION.exec(x.unit.text.replace(/^\s*[-*•]\s+/, ''));
    return m ? [{ label: m[1]!, rest: m[2]! }] : [];
  });
}

/** An option of a list and what it is: "Fine-tuning: adapt an existing model…". */
const OPTION = /^\**([^:*]{2,40}?)\**:\s+(\S.*)$/s;
/** Where an option says when it fits: "right when the base model underperforms on…". */
const WHEN = /\b(?:right|enough|best|ideal|suits?|fits?|worth it)\s+(?:only\s+)?when\b|\bbest for (?:use cases |cases |situations |teams )?(?:where|when)\b|\bso it suits\b|\breserved for\b/i;

/**
 * Of a list of options that holds the proposal ("API integration / fine-tuning / building from
 * scratch"), the one whose stated condition ("right when the base model underperforms on legal
 * language") the situation meets best: the proposal itself, or another option said to fit better.
 */
function weighOptions(ctx: PlanContext, u: Understanding): { fits: 'proposed' | 'other'; text: string; proposedWhen?: string; passage: Passage } | undefined {
  const proposal = u.proposal.clause;
  if (!proposal) return undefined;
  const proposed = new Set(ctx.index.analyzer.terms(proposal).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
  const weight = new Map(u.terms.filter((t) => !proposed.has(t.term)).map((t) => [t.term, t.weight]));
  // Option lists among the named concepts' comparisons and advice, and the advice sections the question retrieves.
  const own = u.concepts.flatMap((c) => [...(c.aspects.get('comparison') ?? []), ...(c.aspects.get('choosing') ?? [])]);
  const found = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, concepts: u.concepts, aspect: 'choosing', limit: 4, filter: (p) => !p.tags.includes('catalog') }).map((c) => c.passage);
  const lists = [...new Set([...own, ...found])];
  const lower = (label: string) => lowerFirst(label, ctx.kb.models.map((m) => m.name));
  let best: { fits: 'proposed' | 'other'; text: string; proposedWhen?: string; passage: Passage; score: number } | undefined;
  for (const passage of lists) {
    const options = analysed(ctx.index, passage).units.filter((x) => x.unit.bullet).flatMap((x) => {
      const m = OPTION.exec(x.unit.text.replace(/^\s*[-*•]\s+/, ''));
      return m ? [{ label: m[1]!, rest: m[2]! }] : [];
    });
    const labelTerms = (label: string) => ctx.index.analyzer.terms(label).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t));
    const isProposal = (label: string) => labelTerms(label).some((t) => proposed.has(t));
    // Only a list that holds the proposal once weighs it against the others.
    const held = options.filter((o) => isProposal(o.label));
    if (held.length !== 1) continue;
    const mine = held[0]!;
    const mineWhen = WHEN.exec(mine.rest);
    const proposedWhen = mineWhen ? `${mine.label.replace(/:$/, '')} is for when ${throughWhen(mine.rest.slice(mineWhen.index + mineWhen[0].length), 0).replace(/^\s*(?:when|where)\s+/i, '')}` : undefined;
    for (const o of options) {
      const when = WHEN.exec(o.rest);
      if (!when) continue;
      const condition = new Set(ctx.index.analyzer.terms(o.rest.slice(when.index)));
      const score = [...condition].reduce((sum, t) => sum + (weight.get(t) ?? 0), 0);
      if (score <= 0.5 || (best && score <= best.score)) continue;
      // The option up to the sentence that states its condition: what follows is about something else.
      const rest = throughWhen(o.rest, when.index);
      best = isProposal(o.label) ? { fits: 'proposed', text: `${lower(o.label)} fits here: ${rest}`, passage, score } : { fits: 'other', text: `${lower(o.label)} fits better: ${rest}`, ...(proposedWhen && /\bwhen\b/i.test(mineWhen![0]) ? { proposedWhen } : {}), passage, score };
    }
  }
  return best;
}

/** A text up to the end of the sentence holding position `at`, with a full stop. */
function throughWhen(text: string, at: number): string {
  const end = /[.!?](?=\s|$)/.exec(text.slice(at));
  return (end ? text.slice(0, at + end.index) : text.replace(/\.?\s*$/, '')).trim() + '.';
}
