/**
 * The release order inside a series or family: "in what order did the Claude 4.5 models come out?",
 * "which came first?". The group's own entry carries only a date range; its members, each with its
 * own release date, say the order.
 */
import type { CatalogEntry } from '../../knowledge/types.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m) => new RegExp(`\\b${m.slice(0, 3)}`, 'i'));

/** A group entry, not one model: "Claude 4.5 (series)", "Llama (model family)". */
const GROUP = /\b(?:family|series)\b/i;
/** Asks for an order or for the first or last one, not for the group's dates. */
const ASKS_ORDER = /\b(?:order|sequence|first|last|earliest|latest|newest|oldest|most recent(?:ly)?|newer|older|earlier|later|more recent)\b/i;
const ASKS_LAST = /\b(?:last|latest|newest|most recent(?:ly)?|newer|later|more recent)\b/i;

/**
 * Which end of a release order a question asks for: "which came out first?", "in what order…" (`first`:
 * the order from the start), "which is newer?" (`last`); none when it asks no order.
 */
export function releaseEndAsked(text: string): 'first' | 'last' | undefined {
  if (!ASKS_ORDER.test(text)) return undefined;
  return ASKS_LAST.test(text) && !/\b(?:order|sequence)\b/i.test(text) ? 'last' : 'first';
}

/** Months since year 0 of a release date ("September 2025", "2024"); undefined when it is a range or unknown. */
export function releaseMonth(released: string | undefined): number | undefined {
  if (!released || /[–-]|\bto\b/.test(released)) return undefined;
  const year = /\b(19|20)\d\d\b/.exec(released)?.[0];
  if (!year) return undefined;
  const month = MONTHS.findIndex((m) => m.test(released));
  return Number(year) * 12 + (month >= 0 ? month : 0);
}

/** The members of a group entry, in release order, or undefined when fewer than two have distinct dates. */
export function membersByRelease(models: readonly CatalogEntry[], group: CatalogEntry): CatalogEntry[] | undefined {
  if (!GROUP.test(group.name) || !group.family) return undefined;
  const dated = models
    .filter((m) => m !== group && m.family === group.family && !GROUP.test(m.name))
    .map((m) => ({ m, at: releaseMonth(m.released) }))
    .filter((x): x is { m: CatalogEntry; at: number } => x.at !== undefined);
  return inOrder(dated);
}

/** Models set side by side ("which of the two came out first?"), in release order; undefined unless each has its own month. */
export function byRelease(models: readonly CatalogEntry[]): CatalogEntry[] | undefined {
  const dated = models.map((m) => ({ m, at: releaseMonth(m.released) }));
  return dated.every((x): x is { m: CatalogEntry; at: number } => x.at !== undefined) ? inOrder(dated) : undefined;
}

function inOrder(dated: Array<{ m: CatalogEntry; at: number }>): CatalogEntry[] | undefined {
  if (dated.length < 2 || new Set(dated.map((x) => x.at)).size !== dated.length) return undefined;
  return [...dated].sort((a, b) => a.at - b.at).map((x) => x.m);
}

/** "Claude 4.5 Sonnet came first (September 2025), then …" ; asked for the last one, it leads. */
export function releaseOrderSentence(end: 'first' | 'last', members: readonly CatalogEntry[]): string {
  const item = (m: CatalogEntry) => `**${m.name}** (${m.released})`;
  if (end === 'last') {
    const last = members[members.length - 1]!;
    if (members.length === 2) return `${item(last)} is the newer of the two, released after ${item(members[0]!)}.`;
    return `${item(last)} came last, after ${members.slice(0, -1).map(item).join(' and ')}.`;
  }
  const [first, ...rest] = members;
  return `${item(first!)} came first, then ${rest.map(item).join(', then ')}.`;
}

/**
 * The models a group entry stands for: those whose family is the group's or lies inside it
 * ("Claude 4.5" inside "Claude"), newest first by release where known. Empty for a single model.
 */
export function groupMembers(models: readonly CatalogEntry[], group: CatalogEntry): CatalogEntry[] {
  const family = group.family?.toLowerCase();
  if (!GROUP.test(group.name) || !family) return [];
  const inside = (f: string | undefined) => f !== undefined && (f.toLowerCase() === family || f.toLowerCase().startsWith(`${family} `));
  return models
    .filter((m) => m !== group && inside(m.family) && !GROUP.test(m.name))
    .map((m) => ({ m, at: releaseMonth(m.released) ?? 0 }))
    .sort((a, b) => b.at - a.at)
    .map((x) => x.m);
}
