/**
 * "We have ~$200k, should we train our own LLM from scratch?", "is 50k enough to fine-tune a model?":
 * a verdict on a way of getting a model, read off the budget the question states against what the
 * documents say that way costs. Under the lowest figure the answer is No; within the documents' range
 * it is "probably not" toward its low end and "most likely" toward its top; at or above a top that is
 * not open-ended, Yes. When the way asked does not fit, a cheaper way that does is named with its figure.
 */
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { Passage } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import { cuesIn, LEAST_COST, SCALE, type Way } from '../understand/budget-cues.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { asksProposalVerdict } from './proposal.js';
import { asksVerdict } from './verdict.js';

/** How the answer names each way. */
const WAY_NAME: Record<Way, string> = { scratch: 'training a model from scratch', finetune: 'fine-tuning' };
/** A sum the documents write: "$15,000", "$1.5 million or more"; a rate ("$15 per million tokens") is skipped below. */
const MONEY = /\$\s?(\d+(?:,\d{3})*(?:\.\d+)?)\s*(k|m|million|thousand|billion)?\b(\s+or more)?/gi;
/** A sum written in words: "hundreds of millions of dollars". */
const WORDY = /\b(hundreds of millions|tens of millions|millions|billions) of dollars\b/gi;
const WORDY_VALUE: Record<string, number> = { 'hundreds of millions': 1e8, 'tens of millions': 1e7, millions: 1e6, billions: 1e9 };
/** What follows a price rather than a sum: "per million tokens", "/ month", "input". */
const RATE_AFTER = /^\s*(?:\/|per\b|a (?:month|day|year|token)\b|an hour\b|input\b|output\b)/i;
/** Wording that leaves the top of a range open: "or more", "exceeds", "upward of". */
const OPEN_BEFORE = /\b(?:exceeds?|exceeding|over|above|upwards? of|more than)\s*$/i;

interface Sum {
  value: number;
  text: string;
  open: boolean;
  /** Written in words ("millions of dollars"): rougher than a figure. */
  words?: boolean;
}

interface CostLine {
  passage: Passage;
  text: string;
  way: Way;
  sums: Sum[];
  /** Whether the sentence names the other way too (a line pricing both). */
  mixed: boolean;
}

const costLines = new WeakMap<SearchIndex, CostLine[]>();

/** The development sums one sentence states, each tied to the way named nearest it. */
function sumsIn(text: string): { way: Way; sum: Sum }[] {
  const cues = cuesIn(text);
  if (cues.length === 0) return [];
  const found: { at: number; sum: Sum }[] = [];
  for (const m of text.matchAll(MONEY)) {
    if (RATE_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    const value = Number(m[1]!.replace(/,/g, '')) * (SCALE[m[2]?.toLowerCase() ?? ''] ?? 1);
    if (value <= LEAST_COST) continue;
    const open = m[3] !== undefined || OPEN_BEFORE.test(text.slice(0, m.index));
    found.push({ at: m.index!, sum: { value, text: m[0].trim(), open } });
  }
  for (const m of text.matchAll(WORDY)) found.push({ at: m.index!, sum: { value: WORDY_VALUE[m[1]!.toLowerCase()]!, text: m[0], open: true, words: true } });
  return found.map(({ at, sum }) => ({ sum, way: cues.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a)).way }));
}

/** The sentences that price a way of getting a model, found once per index. */
function pricedLines(index: SearchIndex): CostLine[] {
  let lines = costLines.get(index);
  if (lines) return lines;
  lines = [];
  for (const passage of index.passages) {
    if (!passage.text.includes('$') && !/of dollars/i.test(passage.text)) continue;
    for (const x of analysed(index, passage).units) {
      const text = x.unit.text.replace(/\*\*/g, '').replace(/^[-*•]\s+/, '');
      const sums = sumsIn(text);
      const ways = new Set(cuesIn(text).map((c) => c.way));
      for (const way of new Set(sums.map((s) => s.way))) {
        lines.push({ passage, text, way, sums: sums.filter((s) => s.way === way).map((s) => s.sum), mixed: ways.size > 1 });
      }
    }
  }
  costLines.set(index, lines);
  return lines;
}

/**
 * What the documents say a way costs at the budget: its lowest sum, the top shown (the first open-ended
 * sum above the budget, a figure before words: "$1.5 million or more"; else the highest), and the line stating both.
 */
function costOf(lines: CostLine[], way: Way, budget: number): { low: Sum; high: Sum; line: CostLine } | undefined {
  const own = lines.filter((l) => l.way === way);
  if (own.length === 0) return undefined;
  const sums = own.flatMap((l) => l.sums).sort((a, b) => a.value - b.value || Number(a.open) - Number(b.open));
  const low = sums[0]!;
  const above = sums.filter((s) => s.open && s.value > budget);
  const high = above.find((s) => !s.words) ?? above[0] ?? sums[sums.length - 1]!;
  // The line to quote: one on this way alone, stating the lowest sum, the top shown and the highest the budget reaches.
  const reached = sums.filter((s) => !s.words && s.value <= budget).pop();
  const has = (l: CostLine, x: Sum | undefined) => x !== undefined && l.sums.some((s) => s.value === x.value);
  const score = (l: CostLine) => (has(l, low) ? 4 : 0) + (has(l, high) ? 4 : 0) + (reached !== low && has(l, reached) ? 4 : 0) + (l.mixed ? 0 : 2) + Math.min(l.sums.length, 2);
  const line = own.reduce((a, b) => (score(b) > score(a) ? b : a));
  return { low, high, line };
}

const sums = (lines: CostLine[], way: Way) => lines.filter((l) => l.way === way).flatMap((l) => l.sums);
const range = (low: Sum, high: Sum) => (low.value === high.value ? low.text : `from ${low.text} to ${high.text}`);

/** The verdict on the way the question asks about at the budget it states. */
export function budgetVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (u.budget.whOpening) return undefined;
  if (!asksProposalVerdict(u) && !asksVerdict(u) && !u.verdict.onPlan && !u.budget.asksIfItCovers) return undefined;
  const { way, stated: budget } = u.budget;
  if (!way || !budget) return undefined;
  const lines = pricedLines(ctx.index);
  const cost = costOf(lines, way, budget.value);
  if (!cost) return undefined;
  const { low, high } = cost;
  const name = WAY_NAME[way];
  // The figures go in the lead only when the line quoted does not state them both.
  const quoted = [low, high].every((x) => cost.line.sums.some((y) => y.value === x.value));
  const costs = (said: string) => (quoted ? '' : said);
  let lead: string;
  let fits = false;
  if (budget.value < low.value) lead = `No: ${name} costs from ${low.text}, more than ${budget.text}.`;
  else if (budget.value >= high.value && !sums(lines, way).some((x) => x.open || x.value > budget.value)) (lead = `Yes: ${budget.text} covers ${name}${costs(`, which costs ${range(low, high)}`)}.`), (fits = true);
  else {
    // Within the range: a tier the documents leave open above the budget ("$1.5 million or more")
    // is where the way usually lands, so the budget covers only its low end; with none, the nearer
    // end of the range decides (it spans orders of magnitude, so the midpoint is geometric).
    const all = sums(lines, way);
    const tierAbove = all.some((x) => x.open && !x.words && x.value > budget.value) && !all.some((x) => x.open && !x.words && x.value <= budget.value);
    const range_ = costs(`, which costs ${range(low, high)}`);
    if (tierAbove) lead = `Probably not: ${budget.text} covers only the low end of ${name}${range_}.`;
    else if (budget.value < Math.sqrt(low.value * high.value)) (lead = `It can be, at the low end: ${budget.text} is within what ${name} costs${costs(`, ${range(low, high)}`)}.`), (fits = true);
    else (lead = `Most likely: ${budget.text} is within what ${name} costs${costs(`, ${range(low, high)}`)}.`), (fits = true);
  }
  const blocks = [{ text: `${lead} ${cost.line.text}`, passage: cost.line.passage }];
  const other: Way = way === 'scratch' ? 'finetune' : 'scratch';
  const cheaper = fits ? undefined : costOf(lines, other, budget.value);
  if (cheaper && cheaper.low.value <= budget.value && cheaper.low.value < low.value) {
    const within = cheaper.high.value <= budget.value && !cheaper.high.open ? 'fits the budget' : `fits it, from ${cheaper.low.text}`;
    blocks.push({ text: `${WAY_NAME[other][0]!.toUpperCase()}${WAY_NAME[other].slice(1)} ${within}: ${cheaper.line.text}`, passage: cheaper.line.passage });
  }
  return { kind: 'recommendation', answered: true, blocks, concepts: u.concepts, cites: blocks.map((b) => b.passage) };
}
