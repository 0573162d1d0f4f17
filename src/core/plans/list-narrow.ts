/**
 * "Which of those is open source?", "any of them proprietary?" after a list of models: the models the
 * last answer listed, kept to those whose entries record that access. Those the entries say nothing
 * about are said to be unknown, not listed again as if they fitted.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

const named = (models: readonly CatalogEntry[]) => {
  const names = models.map((m) => `**${m.name}**`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** The listed models narrowed by the access asked for; undefined when the follow-up asks no access. */
export function narrowedByAccess(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!u.followUp || !u.modelsFromAnswer || u.models.length < 2) return undefined;
  const wanted = u.constraints.openWeights || u.constraints.selfHosted ? 'open' : u.constraints.managedApi ? 'proprietary' : undefined;
  if (!wanted) return undefined;
  const label = wanted === 'open' ? 'open source' : 'proprietary';
  const fit = u.models.filter((m) => m.access === wanted);
  const other = u.models.filter((m) => m.access !== undefined && m.access !== wanted);
  const unknown = u.models.filter((m) => m.access === undefined);
  const cites = [...fit, ...other].slice(0, 3).map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  const unsaid = unknown.length > 0 ? ` My documents don't say whether ${named(unknown)} ${unknown.length > 1 ? 'are' : 'is'}.` : '';
  let text: string;
  if (fit.length > 0) text = `Of those, ${named(fit)} ${fit.length > 1 ? 'are' : 'is'} ${label}${other.length > 0 ? `; ${named(other)} ${other.length > 1 ? 'are' : 'is'} not` : ''}.${unsaid}`;
  else if (other.length > 0) text = `None of those is recorded as ${label}: ${named(other)} ${other.length > 1 ? 'are' : 'is'} ${wanted === 'open' ? 'proprietary' : 'open source'}.${unsaid}`;
  else text = `My documents don't record whether any of those (${named(unknown)}) is ${label}, so I can't say which.`;
  return { kind: 'list', answered: true, blocks: [{ text }], cites, models: fit.length > 0 ? fit : [...u.models] };
}
