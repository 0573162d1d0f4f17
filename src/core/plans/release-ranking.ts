/**
 * "Which is the newest model?", "the latest Claude model?", "which of those came out first?": an end
 * of the release order over the models weighed (the catalog, a kind of model, a family's members),
 * ranked on the release dates the documents give. The models they give no date for are not ranked,
 * and the answer says how many of them it could weigh.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { membersByRelease, releaseMonth } from '../catalog/release-order.js';
import type { Understanding } from '../understand/types.js';
import { notAnswered, type Draft, type PlanContext } from './context.js';
import { familyPool, pickModels } from './pick-model.js';
import { noConstraints } from '../understand/needs.js';

/** A group entry ("Claude 4.5 (series)") is no release of its own. */
const GROUP = /\b(?:family|series)\b/i;

const label = (m: CatalogEntry) => `**${m.name}**${m.developer ? ` (${m.developer})` : ''}`;

function joined(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The newest (or first) of the models weighed, by release month; undefined when no end of the order is asked. */
export function releaseRanking(ctx: PlanContext, u: Understanding): Draft | undefined {
  const end = u.figures.releaseEnd;
  if (!end || u.attribute !== 'released') return undefined;
  const family = familyPool(ctx, u);
  // One model named, not a family, asks its own date; two or more are set in order by the fact plan.
  if (!family && u.models.length > 0) return undefined;
  // A series whose own members carry the dates ("which Kite 3 model came first?") is set in order by the fact plan.
  if (u.models.length === 1 && membersByRelease(ctx.kb.models, u.models[0]!)) return undefined;
  const { models: _, ...rest } = u;
  const pool = pickModels(ctx.index, ctx.kb.models, { ...rest, models: [], constraints: { ...u.constraints, budget: false, highVolume: false, longContext: false } }, family)
    .map((p) => p.model)
    .filter((m) => !GROUP.test(m.name));
  const scoped = u.categories.length > 0 || !noConstraints(u.constraints);
  const dated = pool.map((m) => ({ m, at: releaseMonth(m.released) })).filter((x): x is { m: CatalogEntry; at: number } => x.at !== undefined);
  const whose = family ? 'those models' : u.categories.length === 1 ? `the ${u.categories[0]!.category} models` : 'the models I know';
  if (dated.length === 0) return notAnswered('fact', `My documents give no release date for ${whose}, so I can't say which came out ${end === 'last' ? 'most recently' : 'first'}.`);
  const ordered = [...dated].sort((a, b) => (end === 'last' ? b.at - a.at : a.at - b.at));
  const top = ordered.filter((x) => x.at === ordered[0]!.at).map((x) => x.m);
  const when = top[0]!.released!;
  const word = end === 'last' ? 'newest' : 'earliest';
  const lead =
    top.length > 1
      ? `${joined(top.map(label))} are the ${word}, both released in **${when}**.`.replace(/\bboth\b/, top.length > 2 ? 'all' : 'both')
      : `${label(top[0]!)} is the ${word}, released in **${when}**.`;
  const next = ordered.slice(top.length, top.length + 3).map((x) => `${x.m.name} (${x.m.released})`);
  const covered = dated.length < pool.length ? `My documents date only ${dated.length} of the ${pool.length} ${family ? 'models of that family' : scoped ? 'models that fit' : 'models they cover'}; the others are not ranked.` : '';
  const text = [lead, next.length ? `${end === 'last' ? 'Before that' : 'After that'}: ${next.join('; ')}.` : '', covered].filter(Boolean).join('\n');
  const models = [...top, ...ordered.slice(top.length, top.length + 2).map((x) => x.m)];
  return { kind: 'fact', answered: true, blocks: [{ text }], cites: models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined).slice(0, 3), models };
}
