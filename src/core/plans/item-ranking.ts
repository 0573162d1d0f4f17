/**
 * Things that are not models, put in order on what the documents say each costs or takes: "rank the
 * ways to get a model into production by cost" orders the paths one section prices (an API, fine-
 * tuning, training from scratch), cheapest first, with each figure. The section is the one where the
 * knowledge compares several such things on that scale, not the catalog's price table.
 */
import type { Passage } from '../../knowledge/types.js';
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { ModelMatcher } from '../catalog/model-matcher.js';
import { analysed } from '../evidence/analysed.js';
import type { ItemRanking, Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { answerList } from './list.js';

type Scale = ItemRanking['on'];

const SCALE_UNITS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };
/** "$15,000", "$1.5 million", "$0.075". */
const MONEY = /\$\s?(\d+(?:,\d{3})*(?:\.\d+)?)\s*(thousand|million|billion|bn|k|m|b)?\b/gi;
/** "hundreds of millions of dollars", "costs millions". */
const MONEY_WORDS = /\b(?:(tens|hundreds) of )?(thousands|millions|billions) of dollars\b|\bcosts? (?:(tens|hundreds) of )?(thousands|millions|billions)\b/gi;
/** "has no upfront cost", "costs nothing upfront". */
const NO_COST = /\bno up-?front cost\b|\bcosts? nothing\b|\bnothing up-?front\b|\bfree of charge\b/i;

const DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
/** "2 to 8 weeks", "3 months". */
const SPAN = /\b(\d+(?:\.\d+)?)\s*(?:(?:to|-|–)\s*\d+(?:\.\d+)?\s*)?(hour|day|week|month|year)s?\b/gi;
/** "days to weeks", "takes months". */
const SPAN_WORDS = /\b(hour|day|week|month|year)s\s+to\s+(?:hour|day|week|month|year)s\b|\b(?:takes?|taking|took|within|lasts?)\s+(?:only\s+|just\s+|about\s+|roughly\s+)?(?:a few\s+|several\s+)?(hour|day|week|month|year)s\b/gi;

/** The smallest amount a unit of text gives on a scale (dollars or days), if it gives one. */
export function lowestFigure(text: string, on: Scale): number | undefined {
  const values: number[] = [];
  if (on === 'cost') {
    if (NO_COST.test(text)) values.push(0);
    for (const m of text.matchAll(MONEY)) values.push(Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE_UNITS[m[2].toLowerCase()]! : 1));
    for (const m of text.matchAll(MONEY_WORDS)) {
      const many = (m[1] ?? m[3]) === 'hundreds' ? 100 : (m[1] ?? m[3]) === 'tens' ? 10 : 1;
      values.push(many * SCALE_UNITS[(m[2] ?? m[4])!.toLowerCase().replace(/s$/, '')]!);
    }
  } else {
    for (const m of text.matchAll(SPAN)) values.push(Number(m[1]) * DAYS[m[2]!.toLowerCase()]!);
    for (const m of text.matchAll(SPAN_WORDS)) values.push(DAYS[(m[1] ?? m[2])!.toLowerCase()]!);
  }
  return values.length > 0 ? Math.min(...values) : undefined;
}

/** A sentence that carries on about the thing before it rather than naming another. */
const GOES_ON = /^(?:you|it|its|this|that|they|their|the bill|which)\b/i;
/** A sentence that gives the range over several things ("ranges from $X for A to $Y for B"). */
const SPAN_OF_THINGS = /\branges?\s+from\b.*\bfor\b.*\bto\b/i;

interface Figured {
  text: string;
  value: number;
}

interface Priced {
  passage: Passage;
  items: Figured[];
}

const memo = new WeakMap<SearchIndex, Map<Scale, Priced[]>>();

/** A unit that leads with a model's name ("GPT-5 (OpenAI): $2.50…") is a model's figure, not a way's. */
function ledByModel(matcher: ModelMatcher, text: string): boolean {
  return matcher.find(text).some((m) => m.start === 0);
}

/** Every passage with two or more units that each put a figure on the scale, read once per index. */
function pricedPassages(index: SearchIndex, matcher: ModelMatcher, on: Scale): Priced[] {
  let byScale = memo.get(index);
  if (!byScale) memo.set(index, (byScale = new Map()));
  const hit = byScale.get(on);
  if (hit) return hit;
  const out: Priced[] = [];
  for (const passage of index.passages) {
    if (passage.tags.includes('catalog')) continue;
    const items: Figured[] = [];
    let last: { item?: Figured; paragraph: number } | undefined;
    for (const { unit } of analysed(index, passage).units) {
      if (unit.row) continue;
      const text = unit.text.replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, '').trim();
      // "The cost ranges from $15,000 for A to $1.5 million for B" spans the things, it is none of them.
      if (SPAN_OF_THINGS.test(text)) {
        last = undefined;
        continue;
      }
      // "You pay per token at…" goes on about the thing the sentence before it priced.
      if (!unit.bullet && last?.item && last.paragraph === unit.paragraph && GOES_ON.test(text)) {
        last.item.text = `${last.item.text} ${text}`;
        continue;
      }
      const value = lowestFigure(text, on);
      const item = value !== undefined && !ledByModel(matcher, text.replace(/\*\*/g, '')) ? { text, value } : undefined;
      if (item) items.push(item);
      last = { ...(item ? { item } : {}), paragraph: unit.paragraph };
    }
    if (items.length >= 2) out.push({ passage, items });
  }
  byScale.set(on, out);
  return out;
}

/** The words that ask for the ranking itself rather than say what is ranked. */
const RANKING_WORDS = 'rank ranked order sort arrange put cost costs price prices pricing cheap cheapest expensive priciest costliest fast fastest quick quickest slow slowest time long longest';
/** Head nouns that say nothing of what the things are: "the ways", "the options". */
const GENERIC_NOUNS = 'way ways path paths route routes approach approaches method methods option options choice choices technique techniques strategy strategies step steps';

/** Orders of magnitude a passage's figures span: the comparison that runs from the cheapest thing to the dearest. */
function spread(items: readonly Figured[]): number {
  const values = items.map((x) => x.value);
  return Math.log10(1 + Math.max(...values)) - Math.log10(1 + Math.min(...values));
}

/**
 * The things the question ranks, ordered on the scale it asks, from the passage that compares them;
 * undefined when no passage puts figures on two or more things of the kind asked.
 */
export function rankItems(ctx: PlanContext, u: Understanding): Draft | undefined {
  const asked = u.itemRanking;
  if (!asked) return undefined;
  const analyzer = ctx.index.analyzer;
  const skip = new Set(analyzer.terms(RANKING_WORDS));
  // What the words before the noun say the things are ("size classes", "pricing tiers") the passage must say too.
  const generic = new Set(analyzer.terms(GENERIC_NOUNS));
  const kind = analyzer.terms(asked.words).filter((t) => !skip.has(t) && !generic.has(t) && !t.startsWith('~'));
  const candidates = new Map(
    pricedPassages(ctx.index, ctx.matcher, asked.on)
      .filter((p) => { const a = analysed(ctx.index, p.passage); return kind.every((t) => a.headings.has(t) || a.units.some((x) => x.terms.has(t))); })
      .map((p) => [p.passage, p]),
  );
  if (candidates.size === 0) return undefined;
  const terms = u.terms.filter((t) => !skip.has(t.term) && !t.term.startsWith('~'));
  const hits = terms.length > 0 ? ctx.index.search(terms, { limit: 8, filter: (p) => candidates.has(p) }) : [];
  const scored = hits.length > 0 ? hits.map((h) => ({ priced: candidates.get(h.passage)!, relevance: h.score / hits[0]!.score })) : [...candidates.values()].map((priced) => ({ priced, relevance: 0 }));
  // Asked only for "the ways", the comparison that spans the most is the answer as much as the nearest in wording.
  const widest = Math.max(...scored.map((x) => spread(x.priced.items)), 1e-9);
  const best = scored.map((x) => ({ ...x, score: x.relevance + spread(x.priced.items) / widest })).sort((a, b) => b.score - a.score)[0]?.priced;
  if (!best) return undefined;
  const items = [...best.items].sort((a, b) => (asked.direction === 'min' ? a.value - b.value : b.value - a.value));
  const end = asked.on === 'cost' ? (asked.direction === 'min' ? 'cheapest first' : 'most expensive first') : asked.direction === 'min' ? 'quickest first' : 'slowest first';
  const lead = `By the ${asked.on === 'cost' ? 'costs' : 'times'} my documents give, ${end}:`;
  const text = [lead, ...items.map((x, i) => `${i + 1}. ${x.text}`)].join('\n');
  return { kind: 'list', answered: true, blocks: [{ text, passage: best.passage }], concepts: ctx.concepts.about(best.passage).slice(0, 1) };
}

/** "way" → "ways", "class" → "classes", "strategy" → "strategies"; a plural stays. */
function plural(noun: string): string {
  if (/(?:ss|ch|sh|x)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith('s') ? noun : `${noun}s`;
}

/**
 * Items the documents list but put no figure on: said plainly, with the list itself, rather than
 * models ranked on a price table.
 */
export function unpricedItems(ctx: PlanContext, u: Understanding): Draft | undefined {
  const asked = u.itemRanking;
  if (!asked) return undefined;
  const { itemRanking: _, attribute: __, ...rest } = u;
  const listed = answerList(ctx, { ...rest, intent: 'list' });
  if (!listed.answered || (listed.models?.length ?? 0) > 0) return undefined;
  const note = `My documents give no ${asked.on === 'cost' ? 'cost' : 'time'} for each of these ${asked.words.replace(/\S+$/, plural)}, so I can't rank them by it.`;
  return { ...listed, blocks: [{ text: note }, ...listed.blocks] };
}
