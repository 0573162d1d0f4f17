/**
 * "Compare A, B and C on price": with three or more models and one figure, "of the two" would name
 * only the first pair. The lead names the one at the end the question asks for (cheapest first for
 * price), and each model's figure follows on its own line, in that order, models without the figure last.
 */
import type { CatalogEntry } from '../../knowledge/types.js';

/** A model with the figure compared, when its catalog entry states it. */
export interface Valued {
  m: CatalogEntry;
  v: number;
}

const COUNT: Record<number, string> = { 3: 'three', 4: 'four', 5: 'five', 6: 'six' };

/** What the leader has most or least of: "the lowest price", "the largest context window". */
function superlativeOf(attribute: string, wantsMin: boolean, benchmark?: string): string {
  if (attribute === 'pricing') return wantsMin ? 'the lowest price' : 'the highest price';
  if (attribute === 'context_window') return wantsMin ? 'the smallest context window' : 'the largest context window';
  return `the ${wantsMin ? 'lowest' : 'highest'} ${benchmark ? `${benchmark} ` : ''}score`;
}

/**
 * The lead for three or more models ranked on one figure (`sorted` best first for the direction
 * asked): "**Gemini 2.5 Pro** has the lowest price of the three." Models level at the top share it.
 */
export function manyLead(attribute: string, sorted: readonly Valued[], models: number, wantsMin: boolean, suffix: string, benchmark?: string): string {
  const top = sorted.filter((x) => x.v === sorted[0]!.v);
  // A model without the figure is no part of the ranking: "of the three" would count it.
  const count = sorted.length < models ? 'the ones my documents give a figure for' : `the ${COUNT[models] ?? models}`;
  const what = superlativeOf(attribute, wantsMin, benchmark);
  if (top.length > 1) return `${top.map((x) => `**${x.m.name}**`).join(' and ')} share ${what} of ${count}${suffix}.`;
  return `**${sorted[0]!.m.name}** has ${what} of ${count}${suffix}.`;
}

/** The models in the order of the ranking, those without the figure after the others. */
export function rankedOrder(models: readonly CatalogEntry[], sorted: readonly Valued[]): CatalogEntry[] {
  const ranked = sorted.map((x) => x.m);
  return [...ranked, ...models.filter((m) => !ranked.includes(m))];
}
