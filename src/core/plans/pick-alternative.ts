/**
 * Another model than the last answer's pick, of the same kind: "any cheaper alternative?" gives one
 * that costs less (a lower per-token price, or open weights and so no per-token fee) beside the pick's
 * price; "is there a Google option?" the best of that developer's for the need, or that the documents
 * list none; "something proprietary?" the best proprietary one, and the hard need it gives up.
 */
import { categoryLabels, formatTokens } from '../../knowledge/catalog-text.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { matchBenchmarks, numericValue, priceFigures, type FigureWords } from '../catalog/facts.js';
import { madeBy } from '../understand/alternative.js';
import type { AlternativeAsk, Understanding } from '../understand/types.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Draft, PlanContext } from './context.js';
import { needsOpen, pickModels, type Pick } from './pick-model.js';

/** The catalog category a kind of content asked for is made by. */
const MADE_BY: Record<string, string> = { text: 'llm', documents: 'multimodal', tabular: 'gan', molecules: 'vae', '3d': 'world' };

/** The situation's models that fit it, best first, with the hosting needs a model of the other access gives up set aside. */
function candidates(ctx: PlanContext, situation: Understanding, ask: AlternativeAsk, pick: CatalogEntry, kind: string): Pick[] {
  const c = situation.constraints;
  const constraints = ask.by ? c : { ...c, selfHosted: false, openWeights: false, dataResidency: false, privacy: false, onDevice: false, ...(ask.access === 'open' ? { managedApi: false } : {}) };
  const picks = pickModels(ctx.index, ctx.kb.models, { ...situation, constraints });
  return picks.filter((p) => p.model !== pick && (situation.categories.length > 0 || p.model.categories.includes(kind as CatalogEntry['categories'][number])));
}

/** Why a model fits: the reasons its pick gave, else the strength it is known for. */
function why(p: Pick): string | undefined {
  const own = p.reasons.filter((r) => !/^open weights, so/.test(r));
  return own[0] ?? p.model.strengths[0];
}

const named = (m: CatalogEntry, developerAsked: boolean) => `**${m.name}**${m.developer && !developerAsked ? ` (${m.developer})` : ''}`;
const listed = (ps: readonly Pick[]) => ps.map((p) => `${p.model.name}${why(p) ? ` (${why(p)})` : ''}`).join('; ');

/** A figure of a model, in words: its price, context window or benchmark score. */
function figure(m: CatalogEntry, ask: NonNullable<AlternativeAsk['by']>, question: FigureWords): string | undefined {
  if (ask.attribute === 'pricing') return priceFigures(m);
  if (ask.attribute === 'context_window') return m.context_window ? `a ${formatTokens(m.context_window).split(' ')[0]}-token context window` : undefined;
  const b = matchBenchmarks(m, question)[0];
  return b ? `${b.score} on ${b.name}` : undefined;
}

/** "Any cheaper alternative?": the best-fitting one beating the pick on the figure, or undefined when the documents cannot tell. */
function betterOnFigure(ctx: PlanContext, u: Understanding, pick: CatalogEntry, pool: readonly Pick[], ask: NonNullable<AlternativeAsk['by']>): Draft | undefined {
  const base = numericValue(pick, ask.attribute, u.figures);
  const beats = (v: number | undefined) => v !== undefined && base !== undefined && (ask.direction === 'min' ? v < base : v > base);
  // Open weights carry no per-token fee: cheaper than a model billed per token, whatever its figure.
  const feeFree = (m: CatalogEntry) => ask.attribute === 'pricing' && ask.direction === 'min' && m.access === 'open' && numericValue(m, 'pricing', u.figures) === undefined;
  const billed = pick.access === 'proprietary' || base !== undefined;
  const better = pool.filter((p) => beats(numericValue(p.model, ask.attribute, u.figures)) || (billed && feeFree(p.model)));
  const own = figure(pick, ask, u.figures);
  const word = ask.attribute === 'pricing' ? (ask.direction === 'min' ? 'cheaper' : 'pricier') : ask.attribute === 'context_window' ? (ask.direction === 'min' ? 'smaller-context' : 'longer-context') : ask.direction === 'min' ? 'lower-scoring' : 'higher-scoring';
  const first = better[0];
  if (!first) {
    if (feeFree(pick)) return draft(ctx, `**${pick.name}**, the pick, already has open weights, so there is no per-token fee to undercut; what it costs is the infrastructure to run it.`, [pick]);
    return base === undefined ? undefined : draft(ctx, `My documents name no ${word} alternative to **${pick.name}** of its kind; it has ${own}.`, [pick]);
  }
  const m = first.model;
  const note = m.pricing?.note ? ` (${m.pricing.note})` : '';
  const reason = feeFree(m) ? `it has open weights, so there is no per-token fee, only the infrastructure to run it${note}` : (figure(m, ask, u.figures) ?? '');
  const against = own ? ` ${pick.name} ${ask.attribute === 'pricing' ? 'costs' : 'has'} ${own}.` : '';
  const strength = why(first);
  const lines = [`${named(m, false)} is a ${word} alternative to ${pick.name}: ${reason}.${against}${strength ? ` It is known for: ${strength}.` : ''}`];
  const others = better.slice(1, 3);
  if (others.length > 0) lines.push(`Also ${word}: ${others.map((p) => `${p.model.name} (${feeFree(p.model) ? 'open weights, no per-token fee' : figure(p.model, ask, u.figures)})`).join('; ')}.`);
  return draft(ctx, lines.join('\n'), [m, pick, ...others.map((p) => p.model)]);
}

/** Words the kind or access of a model already answers: the alternative asked sets them aside. */
const SET_ASIDE = 'open source weights proprietary closed self-hosted llm large language model';

/** Whether a model's strengths and uses share none of the need's own words ("math", "reasoning"). */
function missesNeed(ctx: PlanContext, situation: Understanding, m: CatalogEntry): boolean {
  const aside = new Set(ctx.index.analyzer.terms(SET_ASIDE));
  const need = new Set(situation.terms.filter((t) => t.weight >= 0.8 && !t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !aside.has(t.term)).map((t) => t.term));
  return need.size > 0 && ![...m.strengths, ...m.use_cases].some((s) => ctx.index.analyzer.terms(s).some((t) => need.has(t)));
}

/** "Second best?": the first alternative the last answer offered, with what it stands out for. */
function runnerUp(ctx: PlanContext, u: Understanding, pick: CatalogEntry): Draft | undefined {
  const [second, ...rest] = u.pick?.alternatives ?? [];
  if (!second) return undefined;
  const strength = second.strengths[0];
  const next = rest.length > 0 ? ` After it: ${rest.map((m) => m.name).join(', ')}.` : '';
  return draft(ctx, `${named(second, false)} was the runner-up to ${pick.name}${strength ? `: ${strength}` : ''}.${next}`, [second, pick]);
}

function draft(ctx: PlanContext, text: string, models: CatalogEntry[]): Draft {
  const cites = models.map((m) => ctx.modelPassage(m)).filter((p): p is Passage => p !== undefined);
  return { kind: 'recommendation', answered: true, blocks: [{ text, ...(cites[0] ? { passage: cites[0] } : {}) }], cites, models };
}

/** The answer to a follow-up asking for another model than the last answer's pick; undefined when none can be given. */
export function alternativeDraft(ctx: PlanContext, u: Understanding): Draft | undefined {
  const ask = u.alternative;
  const pick = u.pick?.model;
  const situation = u.previous;
  if (!ask || !pick || !situation) return undefined;
  const asked = situation.categories[0]?.category;
  const kind = asked ? (MADE_BY[asked] ?? asked) : pick.categories[0]!;
  if (ask.second) return runnerUp(ctx, u, pick);
  const pool = candidates(ctx, situation, ask, pick, kind);
  const fits = (m: CatalogEntry) => (!ask.developer || madeBy(m, ask.developer)) && (!ask.access || m.access === ask.access);
  const matching = pool.filter((p) => fits(p.model));
  if (ask.by) return betterOnFigure(ctx, u, pick, matching, ask.by);
  const access = ask.access === 'open' ? 'open-weight' : ask.access;
  const label = [access, ask.developer].filter(Boolean).join(' ');
  const noun = categoryLabels[kind] ?? 'model';
  if (fits(pick)) {
    const also = matching.slice(0, 2);
    return draft(ctx, `The pick itself, **${pick.name}**, is ${ask.developer ? `from ${ask.developer}` : access}.${also.length ? ` Another ${label} option: ${listed(also)}.` : ''}`, [pick, ...also.map((p) => p.model)]);
  }
  const first = matching[0];
  if (!first) {
    const makers = [...new Set([pick, ...pool.map((p) => p.model)].map((m) => m.developer).filter((d): d is string => d !== undefined))];
    const none = `My documents list no ${access ? `${access} ` : ''}${noun}${ask.developer ? ` from ${ask.developer}` : ''}.`;
    const from = makers.length > 1 ? `${makers.slice(0, -1).join(', ')} and ${makers.at(-1)}` : makers[0];
    return draft(ctx, `${none}${ask.developer && from ? ` The ones they list come from ${from}.` : ''} The pick was **${pick.name}**.`, [pick]);
  }
  const m = first.model;
  const reason = why(first);
  // Of no kind asked and meeting none of the need's words, it is an option, not a fit.
  const unfit = situation.categories.length === 0 && missesNeed(ctx, situation, m);
  const standing = unfit ? `is ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} option, though my documents note nothing of it for that need` : `is the ${matching.length > 1 ? 'best-fitting ' : ''}${label} option`;
  const lines = [`${named(m, ask.developer !== undefined)} ${standing}${reason ? `: ${reason}` : ''}.`];
  // A proprietary model asked for after a pick that had to run in-house gives that need up.
  if (needsOpen(situation.constraints) && m.access !== 'open') lines[0] += ` Being ${m.access === 'proprietary' ? 'proprietary' : 'without open weights in my documents'}, it runs only through ${m.developer ?? 'its vendor'}'s service, so it cannot run on your own infrastructure as ${pick.name}, the pick, can.`;
  const others = matching.slice(1, 3);
  if (others.length > 0) lines.push(`Also ${label}: ${listed(others)}.`);
  return draft(ctx, lines.join('\n'), [m, pick, ...others.map((p) => p.model)]);
}
