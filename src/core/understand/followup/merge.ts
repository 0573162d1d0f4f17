/** How a follow-up's needs and search terms combine with the previous turn's. */
import type { WeightedTerm } from '../../../knowledge/search/search-index.js';
import type { Constraints } from '../types.js';

type Need = keyof Constraints;

/** Needs that cannot hold together: one stated now drops the earlier ones it contradicts ("must be open weights" after "a managed API"). */
export const CONFLICTS: Partial<Record<Need, readonly Need[]>> = {
  selfHosted: ['managedApi'],
  openWeights: ['managedApi'],
  onDevice: ['managedApi'],
  dataResidency: ['managedApi'],
  managedApi: ['selfHosted', 'openWeights', 'onDevice'],
  budget: ['frontier'],
  frontier: ['budget'],
};

/**
 * Needs that belong to who asks, not to the task: a follow-up that puts a new case ("what about a
 * bank with strict data rules?" after a pick for a small team) replaces them with its own, and keeps
 * what the task needs (long documents, speed, volume).
 */
export const ASKER_NEEDS: readonly Need[] = ['smallTeam', 'regulated', 'budget', 'frontier', 'managedApi', 'selfHosted', 'openWeights', 'dataResidency', 'privacy', 'fineTune', 'deadlineDays'];

/** "What about a bank…", "how about a startup…", "and if we were a hospital?", "say we're a law firm": another case put. */
const NEW_CASE = /^\W*(?:(?:and|ok|okay|so|but|hmm)\W+)?(?:what|how) about\b|\bwhat if (?:we|i|it)\b|^\W*(?:and\s+)?if (?:we|i)(?:'re|'m| are| am| were| was)\b|\bsay (?:we|i)(?:'re|'m| are| am| were)\b|\binstead\b/i;
/** "…too", "also": a need added to the case, not a new case. */
const ADDED = /\b(?:too|also|as well|additionally|on top of that)\b/i;

/** Whether the follow-up puts a case of its own: its frame says so, and it names who asks (a small team, a regulated firm). */
export function putsNewCase(text: string, stated: Constraints): boolean {
  return NEW_CASE.test(text) && !ADDED.test(text) && (stated.smallTeam || stated.regulated);
}

/** Both turns' needs: the longer context, the deadline said last, any need either stated, less those the new one contradicts. */
export function mergeConstraints(a: Constraints, b: Constraints, newCase = false): Constraints {
  const before: Constraints = { ...a };
  const drop = (key: Need) => {
    if (key === 'deadlineDays' || key === 'contextTokens') delete before[key];
    else before[key] = false;
  };
  if (newCase) ASKER_NEEDS.forEach(drop);
  for (const [key, drops] of Object.entries(CONFLICTS) as Array<[Need, readonly Need[]]>) if (b[key]) drops.filter((d) => !b[d]).forEach(drop);
  const out: Constraints = { ...before };
  for (const key of Object.keys(b) as Need[]) {
    if (key === 'contextTokens') out.contextTokens = Math.max(before.contextTokens ?? 0, b.contextTokens ?? 0) || undefined;
    // The deadline said last is the one that holds.
    else if (key === 'deadlineDays') out.deadlineDays = b.deadlineDays ?? before.deadlineDays;
    else out[key] = before[key] || b[key];
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
