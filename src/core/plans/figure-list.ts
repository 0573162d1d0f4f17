/**
 * "When were the main models released?", "release dates of the Claude models", "context windows of
 * the frontier models": a figure asked of every model of a set is answered with every model the
 * catalog gives it for, in the figure's order, and the ones of the set it gives none for.
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { matchBenchmarks } from '../catalog/facts.js';
import { groupMembers, releaseMonth } from '../catalog/release-order.js';
import { madeBy } from '../understand/alternative.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { familyPool, fitsCategory } from './pick-model.js';

type Listed = 'released' | 'context_window' | 'benchmark';

interface Figure {
  /** The figure as a plural noun: "release dates". */
  noun: string;
  order: string;
  /** The figure of a model as said, or undefined when the catalog gives none. */
  value(m: CatalogEntry, u: Understanding): string | undefined;
  /** Sort key, smaller first. */
  rank(m: CatalogEntry): number;
}

const FIGURES: Record<Listed, Figure> = {
  released: { noun: 'release dates', order: 'earliest first', value: (m) => (releaseMonth(m.released) !== undefined ? m.released : undefined), rank: (m) => releaseMonth(m.released) ?? 0 },
  context_window: { noun: 'context windows', order: 'largest first', value: (m) => (m.context_window ? `${formatTokens(m.context_window)} tokens` : undefined), rank: (m) => -(m.context_window ?? 0) },
  benchmark: {
    noun: 'benchmark scores',
    order: 'as the catalog records them',
    value: (m, u) => {
      const scores = matchBenchmarks(m, u.figures);
      return scores.length > 0 ? scores.map((b) => `${b.score} on ${b.name}`).join('; ') : undefined;
    },
    rank: () => 0,
  },
};

const GROUP = /\b(?:family|series)\b/i;

/** The set the question takes the models of: a family's members, or the catalog within the kind, maker or openness asked. */
function setAsked(ctx: PlanContext, u: Understanding): { models: CatalogEntry[]; scoped: boolean; label: string } | undefined {
  if (u.models.length > 1) return undefined;
  if (u.models.length === 1) {
    const members = familyPool(ctx, u);
    return members ? { models: members, scoped: true, label: `${u.models[0]!.name.replace(/\s*\((?:model )?(?:family|series)\)\s*$/, '')} models` } : undefined;
  }
  const scoped = u.constraints.frontier || u.constraints.openWeights || u.madeBy !== undefined || u.categories.length > 0;
  const models = ctx.kb.models.filter(
    (m) =>
      (!u.constraints.frontier || m.frontier === true) &&
      (!u.constraints.openWeights || m.access === 'open') &&
      (!u.madeBy || madeBy(m, u.madeBy)) &&
      u.categories.every((c) => fitsCategory(m, c)),
  );
  // A group entry in the set stands for its members, each with its own figure.
  const expanded = [...new Set(models.flatMap((m) => (GROUP.test(m.name) && groupMembers(ctx.kb.models, m).length > 0 ? groupMembers(ctx.kb.models, m) : [m])))];
  const label = [u.constraints.frontier ? 'frontier' : '', u.constraints.openWeights ? 'open source' : '', u.madeBy ?? '', ...u.categories.map((c) => c.category)].filter(Boolean).join(' ');
  return { models: expanded, scoped, label: `${label ? `${label} ` : ''}models` };
}

/** Every model of the set asked with the figure asked, or undefined when the question asks no such thing. */
export function figuresOfEach(ctx: PlanContext, u: Understanding): Draft | undefined {
  const attribute = u.attribute;
  if (!u.asksEach || (attribute !== 'released' && attribute !== 'context_window' && attribute !== 'benchmark')) return undefined;
  if (u.superlative || u.asksOrder || u.figures.releaseEnd || u.sides.length >= 2 || u.followUp) return undefined;
  const set = setAsked(ctx, u);
  if (!set) return undefined;
  const figure = FIGURES[attribute];
  const given = set.models.map((m) => ({ m, v: figure.value(m, u) })).filter((x): x is { m: CatalogEntry; v: string } => x.v !== undefined);
  if (given.length < 2) return undefined;
  const ordered = [...given].sort((a, b) => figure.rank(a.m) - figure.rank(b.m));
  const lead = `My documents give ${figure.noun} for ${ordered.length} ${set.scoped ? `of the ${set.label}` : 'models'}${attribute === 'benchmark' ? '' : `, ${figure.order}`}:`;
  const items = ordered.map(({ m, v }) => `- **${m.name}**${m.developer ? ` (${m.developer})` : ''}: ${v}`);
  // The rest of a named set are said by name, so the list is not read as the whole set.
  const missing = set.scoped ? set.models.filter((m) => !given.some((x) => x.m === m)).map((m) => m.name) : [];
  const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`;
  const rest = missing.length === 0 ? [] : missing.length <= 4 ? [`They give none for ${names}.`] : [`They give none for the other ${missing.length}.`];
  const models = ordered.map((x) => x.m);
  const cites = models.slice(0, 4).map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  return { kind: 'list', answered: true, blocks: [{ text: [lead, ...items, ...rest].join('\n') }], cites, models };
}
