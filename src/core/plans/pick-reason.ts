/**
 * "Why that one?" after a pick: the reasons the picked model fits the situation the last question
 * described (the needs it meets and its strengths), the catalog's note that speaks to that situation,
 * then, briefly, what the alternative stands for instead. "Why not FLUX.1 instead?" gives the same
 * reasons set against the model it names.
 */
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { needPhrase } from './need-phrase.js';
import { pickModels } from './pick-model.js';

/** The catalog note sharing most words with the situation, if any does. */
function situationNote(ctx: PlanContext, situation: Understanding, model: CatalogEntry): string | undefined {
  const asked = new Set(situation.terms.filter((t) => t.weight >= 0.5).map((t) => t.term));
  const shared = (note: string) => new Set(ctx.index.analyzer.terms(note).filter((t) => asked.has(t))).size;
  const best = [...model.notes].sort((a, b) => shared(b) - shared(a))[0];
  return best && shared(best) > 0 ? best : undefined;
}

/** Why the other model was not the pick: a hard need it misses, else the strength it is known for. */
function otherLine(ctx: PlanContext, situation: Understanding, model: CatalogEntry, other: CatalogEntry, named: boolean, fits: boolean): string {
  const who = named ? `**${other.name}**` : `The alternative, **${other.name}**,`;
  const hosted = situation.constraints.selfHosted || situation.constraints.openWeights || situation.constraints.dataResidency;
  if (!fits && hosted && other.access === 'proprietary') return `${who} is proprietary, so it cannot run on your own machines.`;
  const need = needPhrase(situation);
  if (!fits) return `${who} does not meet ${need ? `the need (${need})` : 'that need'} as ${model.name} does.`;
  const own = other.strengths.find((s) => !model.strengths.includes(s));
  return own ? `${who} stands out for something else: ${own}.` : `${who} fits too, but ranks below it${need ? ` for ${need}` : ''}.`;
}

/** The reasons for the last answer's pick, for a "why" asked of it; undefined without a pick. */
export function pickReasonDraft(ctx: PlanContext, u: Understanding): Draft | undefined {
  const situation = u.previous;
  if (!u.pick || !situation) return undefined;
  const model = u.pick.model;
  const named = u.models[0] !== undefined && u.models[0] !== model ? u.models[0] : undefined;
  if (!named && u.models[0] !== model) return undefined;
  const picks = pickModels(ctx.index, ctx.kb.models, situation);
  const fit = picks.find((p) => p.model === model);
  const reasons = [...new Set([...(fit?.reasons ?? []), ...model.strengths])].slice(0, 4);
  if (reasons.length === 0) return undefined;
  const note = situationNote(ctx, situation, model);
  const need = needPhrase(situation);
  const lines = [`**${model.name}** was the pick${named ? ` over ${named.name}` : ''}${need ? ` for ${need}` : ''}: ${reasons.join('; ')}.${note ? ` ${note}` : ''}`];
  const other = named ?? u.pick.alternatives[0];
  if (other) lines.push(otherLine(ctx, situation, model, other, named !== undefined, picks.some((p) => p.model === other)));
  const cites = [model, ...(other ? [other] : [])].map((m) => ctx.modelPassage(m)).filter((p): p is Passage => p !== undefined);
  return { kind: 'explanation', answered: true, blocks: [{ text: lines.join('\n'), ...(cites[0] ? { passage: cites[0] } : {}) }], cites, models: [model, ...(other ? [other] : [])] };
}
