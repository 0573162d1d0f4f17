/**
 * "and gemini?" after GPT-5's context window: a family word with no catalog entry of its own names no
 * one model, so the question is asked of the family's members that record the figure asked (or, when
 * none or all do, of its newest member), each answer line naming the member it is about.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { nameTokens } from '../catalog/model-matcher.js';
import { releaseMonth } from '../catalog/release-order.js';
import type { Attribute } from './types.js';

const GROUP = /\b(?:family|series)\b/i;

/** Whether a catalog entry records the attribute asked (undefined: the attribute is no catalog field). */
function records(m: CatalogEntry, attribute: Attribute | undefined): boolean | undefined {
  switch (attribute) {
    case 'context_window': return m.context_window !== undefined;
    case 'pricing': return m.pricing !== undefined;
    case 'released': return m.released !== undefined;
    case 'developer': return m.developer !== undefined;
    case 'access': return m.access !== undefined;
    case 'benchmark': return m.benchmarks.length > 0;
    default: return undefined;
  }
}

/** The members of the family a word of the text names, when no entry of the family itself was linked. */
export function familyMembersNamed(text: string, catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const words = new Set(nameTokens(text));
  const groups = new Map<string, CatalogEntry[]>();
  for (const m of catalog) {
    const first = nameTokens(m.name)[0];
    if (!first || !/^[a-z]{3,}$/.test(first) || !words.has(first)) continue;
    groups.set(first, [...(groups.get(first) ?? []), m]);
  }
  if (groups.size !== 1) return [];
  const members = [...groups.values()][0]!;
  // A family with an entry of its own is linked as that entry.
  if (members.some((m) => GROUP.test(m.name)) || members.length < 2) return [];
  // Newest first: by release month, else by the version the name carries ("3 Pro" after "2.5 Pro").
  const version = (m: CatalogEntry) => Number(/\b(\d+(?:\.\d+)?)\b/.exec(m.name)?.[1] ?? 0);
  return [...members].sort((a, b) => (releaseMonth(b.released) ?? 0) - (releaseMonth(a.released) ?? 0) || version(b) - version(a));
}

/** The members a family follow-up is asked of: those recording the attribute, or the newest. */
export function familyAsked(text: string, attribute: Attribute | undefined, catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const members = familyMembersNamed(text, catalog);
  if (members.length === 0) return [];
  const recorded = members.filter((m) => records(m, attribute));
  return recorded.length > 0 && recorded.length < members.length ? recorded.slice(0, 3) : [members[0]!];
}
