/** How a follow-up's needs and search terms combine with the previous turn's. */
import type { WeightedTerm } from '../../../knowledge/search/search-index.js';
import type { Constraints } from '../types.js';

/** Both turns' needs: the longer context, the deadline said last, any need either stated. */
export function mergeConstraints(a: Constraints, b: Constraints): Constraints {
  const out: Constraints = { ...a };
  for (const key of Object.keys(b) as Array<keyof Constraints>) {
    if (key === 'contextTokens') out.contextTokens = Math.max(a.contextTokens ?? 0, b.contextTokens ?? 0) || undefined;
    // The deadline said last is the one that holds.
    else if (key === 'deadlineDays') out.deadlineDays = b.deadlineDays ?? a.deadlineDays;
    else out[key] = a[key] || b[key];
  }
  if (!out.contextTokens) delete out.contextTokens;
  if (!out.deadlineDays) delete out.deadlineDays;
  return out;
}

/** The terms asked now at their weight, the earlier turn's others at half theirs. */
export function mergeTerms(now: readonly WeightedTerm[], before: readonly WeightedTerm[]): WeightedTerm[] {
  const weights = new Map(now.map((t) => [t.term, t.weight]));
  for (const t of before) if (!weights.has(t.term)) weights.set(t.term, t.weight * 0.5);
  return [...weights].map(([term, weight]) => ({ term, weight }));
}
