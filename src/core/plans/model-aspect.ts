/**
 * An aspect of one catalog model that its entry alone does not cover: "what's the catch with Stable
 * Diffusion 3.5?" is answered by its own recorded limitations and by what the documents say limits
 * the kinds of model it is (an open model needs GPU infrastructure; a diffusion model costs compute
 * per image); "what's it good at?" by its strengths and uses.
 */
import { withArticle } from '../lexicon/case.js';
import type { Aspect, Passage } from '../../knowledge/types.js';
import { blockFrom } from '../compose/blocks.js';
import { analysed } from '../evidence/analysed.js';
import { modelFact } from '../catalog/facts.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';
import { modelKinds } from './model-kinds.js';
import { pickReasonDraft } from './pick-reason.js';

/** A kind's section on what limits it: its limitations, else what it trades off (read for the cost side only). */
function limitingSection(kind: Concept): { passage: Passage; units: number } | undefined {
  const limits = kind.aspects.get('limitations')?.[0];
  if (limits) return { passage: limits, units: 2 };
  // A trade-off section goes on to what the kind gains: only its opening states the cost.
  const tradeoff = kind.aspects.get('tradeoffs')?.[0];
  return tradeoff ? { passage: tradeoff, units: 1 } : undefined;
}

const joined = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The opening of a section, as a paragraph of its own. */
function opening(ctx: PlanContext, passage: Passage, maxUnits: number): Block | undefined {
  const units = analysed(ctx.index, passage).units;
  const first = units.find((x) => !x.unit.bullet);
  if (!first) return undefined;
  return blockFrom({ passage, unit: first, units, score: 1, coverage: 1 }, { maxChars: 420, maxUnits, fromStart: true });
}

function limitations(ctx: PlanContext, u: Understanding): Draft | undefined {
  const model = u.models[0]!;
  const own = model.limitations.length > 0 ? `**${model.name}**'s limitations: ${model.limitations.join('; ')}.` : undefined;
  const kinds = modelKinds(ctx, model);
  // The narrowest kinds speak for it: a code generation model's limits, not those of every LLM.
  const narrowest = kinds.filter((k) => !kinds.some((n) => n !== k && n.broader === k));
  const sections = narrowest.map((kind) => ({ kind, section: limitingSection(kind) })).filter((x) => x.section !== undefined).slice(0, own ? 1 : 2);
  const blocks = sections.map(({ section }) => opening(ctx, section!.passage, section!.units)).filter((b): b is Block => b !== undefined);
  if (!own && blocks.length === 0) return undefined;
  const names = joined(sections.map((s) => withArticle(s.kind.name)));
  const lead = own
    ? `${own}${blocks.length ? ` It is also ${names}, and shares that kind's limitations.` : ''}`
    : `**${model.name}** is ${names}, so it shares ${sections.length > 1 ? 'their' : 'its'} limitations.`;
  const cites = [ctx.modelPassage(model)].filter((p): p is Passage => p !== undefined);
  return { kind: 'explanation', answered: true, blocks: [{ text: lead, ...(own ? { passage: cites[0] } : {}) }, ...blocks], cites, models: [model], concepts: sections.map((s) => s.kind) };
}

function strengths(ctx: PlanContext, u: Understanding): Draft | undefined {
  const model = u.models[0]!;
  const text = modelFact(model, 'strengths', u.figures);
  if (!text) return undefined;
  const cites = [ctx.modelPassage(model)].filter((p): p is Passage => p !== undefined);
  return { kind: 'explanation', answered: true, blocks: [{ text, ...(cites[0] ? { passage: cites[0] } : {}) }], cites, models: [model] };
}

/** An aspect of the one model asked about, when the catalog and its kinds say it; undefined otherwise. */
export function modelAspectDraft(ctx: PlanContext, u: Understanding, aspect: Aspect | undefined): Draft | undefined {
  if (u.models.length !== 1) return undefined;
  if (aspect === 'limitations' || aspect === 'tradeoffs') return limitations(ctx, u);
  if (aspect === 'uses') return strengths(ctx, u);
  // "Why that one?" after a pick: why it was picked for the situation asked about.
  if (aspect === 'why') return pickReasonDraft(ctx, u);
  return undefined;
}
