/**
 * Turning evidence into a paragraph that reads well on its own: a passage's sentences in their own
 * order, starting where the answer starts (never on a sentence that points back at one left out),
 * a list with its lead-in and every item, and nothing past a length budget.
 */
import type { AnalysedUnit } from '../evidence/analysed.js';
import { citesSource } from '../evidence/cites.js';
import { pointsBack, type Evidence } from '../evidence/sentences.js';
import type { Block } from '../plans/context.js';

export interface BlockBudget {
  /** Longest paragraph, in characters. Default 450. */
  maxChars?: number;
  /** Most units. Default 3. */
  maxUnits?: number;
  /** Start at the passage's first unit (a definition reads from the top). */
  fromStart?: boolean;
  /** Start at the lead's paragraph when it opens at most two sentences earlier (its topic sentence). */
  fromParagraph?: boolean;
  /** Keep a list whole even past the unit count (a list question wants every item). */
  wholeList?: boolean;
  /** Quote a list item alone, not its whole list (a fact in one item). */
  itemOnly?: boolean;
  /** Units after the first must score at least this share of the question's terms to be added (default 0: any). */
  minCoverage?: number;
  /** Coverage of each unit, when known (for `minCoverage`). */
  coverageOf?: (u: AnalysedUnit) => number;
  /** When the answer opens after its paragraph's topic sentence, keep the topic sentence first (mechanisms). */
  keepTopic?: boolean;
}

const LEAD_IN = /:\s*$/;
/** A list item's marker: "- ", "* ", "1. ". */
const MARKER = /^\s*(?:[-*•+]|\d+[.)])\s+/;
/** How much less of the question a topic sentence may cover and still lead the answer. */
const SPECIFIC_MARGIN = 0.3;
/** A sentence that leans on an earlier one: "this process", "these tokens", "the same way". */
const REFERS_BACK = /\b(?:therefore|thus|hence|as a result)\b|\b(?:this|these|those|such|the same|that)\s+(?:\w+\s+)?(?:process|step|steps|approach|method|way|tokens?|models?|idea|stage|technique|problem|kind)\b/i;
/** Prose that announces items without a colon: "Several factors…", "The following steps…". */
const SAYS_SEVERAL = /\b(?:several|a few|various|a number of|the following)\s+(?:\w+\s+)?\w+s\b/i;

/** Joins units as a paragraph: list items on their own lines, sentences with spaces. */
export function joinUnits(units: readonly AnalysedUnit[]): string {
  // One list item quoted alone reads as a sentence, not a list.
  if (units.length === 1) return units[0]!.unit.text.replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, '');
  let out = '';
  units.forEach((u, i) => {
    const text = u.unit.text;
    if (i === 0) out = text;
    else out += u.unit.bullet || u.unit.row || LEAD_IN.test(units[i - 1]!.unit.text) ? `\n${text}` : ` ${text}`;
  });
  return out;
}

/** A lead-in that says which side each item gives first: "…(open source vs proprietary):". */
const SIDES_ORDER = /\(([^()]{2,40}?)\s+(?:vs\.?|versus)\s+([^()]{2,40}?)\)\s*:\s*$/i;
/** A property-by-property item: "Positive ROI rate: 51% vs 41%." */
const SIDED_ITEM = /^((?:\s*[-*•+]\s+)?[^:]{2,60}:\s+)(.+?)\s+(?:vs\.?|versus)\s+(.+?)(\.?)$/i;

/**
 * One item of a "P vs Q" list quoted alone loses the lead-in that said which value is whose
 * ("51% vs 41%"): each value gets its side back ("51% (open source) vs 41% (proprietary)").
 */
function withSides(units: readonly AnalysedUnit[], item: AnalysedUnit): AnalysedUnit {
  if (!item.unit.bullet) return item;
  let k = item.unit.index;
  while (k > 0 && units[k - 1]!.unit.bullet) k--;
  const order = k > 0 ? SIDES_ORDER.exec(units[k - 1]!.unit.text) : null;
  const parts = order ? SIDED_ITEM.exec(item.unit.text) : null;
  if (!order || !parts) return item;
  return { ...item, unit: { ...item.unit, text: `${parts[1]}${parts[2]} (${order[1]!.trim()}) vs ${parts[3]} (${order[2]!.trim()})${parts[4]}` } };
}

/** Items quoted without their lead-in, each with its sides named. */
function itemsWithSides(units: readonly AnalysedUnit[], chosen: readonly AnalysedUnit[]): AnalysedUnit[] {
  if (chosen.some((u) => LEAD_IN.test(u.unit.text))) return [...chosen];
  return chosen.map((u) => withSides(units, u));
}

/** The units of the list a unit belongs to or introduces: the lead-in and every item after it. */
function listAround(units: readonly AnalysedUnit[], at: number, prose = false): [number, number] | undefined {
  const isItem = (k: number) => units[k] && (units[k]!.unit.bullet || units[k]!.unit.row);
  // "Several factors shape what comes out." closing its paragraph just before the items leads them in too.
  const leadsIn = (k: number) => LEAD_IN.test(units[k]!.unit.text) || (prose && SAYS_SEVERAL.test(units[k]!.unit.text) && isItem(k + 1) && units[k + 1]!.unit.paragraph !== units[k]!.unit.paragraph);
  let start = at;
  if (isItem(at)) {
    while (start > 0 && isItem(start - 1)) start--;
    if (start > 0 && leadsIn(start - 1)) start--;
  } else if (!leadsIn(at) || !isItem(at + 1)) return undefined;
  let end = Math.max(at, start) + 1;
  while (isItem(end)) end++;
  // An item written as prose ("Next, one can tune…") runs on to the end of its paragraph: "This
  // gives sounder proofs…" belongs to it.
  const last = units[end - 1]!;
  if (!MARKER.test(last.unit.text)) while (units[end] && !isItem(end) && units[end]!.unit.paragraph === last.unit.paragraph) end++;
  return [start, end];
}

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ANNOUNCES = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(?:\w+\s+)?(ways|stages|steps|types|kinds|options|approaches|phases|categories|methods|factors|things|reasons|paths|questions|practices|variants|families|levels|tiers|parts|areas|benchmarks|metrics|components|networks|requirements|criteria|dimensions|scenarios|modes|pillars|elements|principles|strategies|techniques|mechanisms|passes|checks|benefits|advantages|drawbacks|risks|limitations|applications|dimensions)\b/i;

/** What a unit announces items of: "There are two main ways…" → "ways". */
export function announcedNoun(text: string): string | undefined {
  return ANNOUNCES.exec(text)?.[2]?.toLowerCase();
}

/** How many items a unit announces ("There are two main ways…", "Training follows four stages."). */
export function announcedCount(text: string): number | undefined {
  const m = ANNOUNCES.exec(text);
  if (!m) return undefined;
  return COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
}

/**
 * A list written as prose: the announcing unit and the items after it, one per paragraph (or one
 * per ordinal sentence: "Firstly, …", "The second way …"), as many as it announced.
 */
function countedList(units: readonly AnalysedUnit[], at: number, own = false): AnalysedUnit[] | undefined {
  const announce = (own ? [at] : [at, at - 1, at - 2]).find((k) => k >= 0 && announcedCount(units[k]!.unit.text) !== undefined);
  if (announce === undefined) return undefined;
  const n = announcedCount(units[announce]!.unit.text)!;
  const after = units.slice(announce + 1);
  const ordinal = after.filter((u) => u.unit.bullet);
  let items: AnalysedUnit[];
  if (ordinal.length >= n) items = ordinal.slice(0, n);
  // "A GAN pairs two networks that learn together. The generator…": a paragraph that goes on
  // after announcing describes its items itself, not one per paragraph after it.
  else if (after[0] && after[0].unit.paragraph === units[announce]!.unit.paragraph) return undefined;
  else {
    // One item per following paragraph: its first sentence.
    const seen = new Set<number>([units[announce]!.unit.paragraph]);
    items = [];
    for (const u of after) {
      if (seen.has(u.unit.paragraph)) continue;
      seen.add(u.unit.paragraph);
      items.push(u);
      if (items.length === n) break;
    }
  }
  return items.length === n ? [units[announce]!, ...items] : undefined;
}

/** A paragraph from `ev`'s passage, led by `ev`'s unit (or the passage's opening), within the budget. */
export function blockFrom(ev: Evidence, budget: BlockBudget = {}): Block {
  const maxChars = budget.maxChars ?? 450;
  const maxUnits = budget.maxUnits ?? 3;
  const units = ev.units;
  // A topic sentence leads only when it speaks to the question about as well as the answer does:
  // "what data are they fed?" opens on the training sentence, not on the section's opening about noise.
  const asWell = (k: number) => !budget.coverageOf || budget.coverageOf(units[k]!) >= budget.coverageOf(ev.unit) - SPECIFIC_MARGIN;
  // Text that refers back ("this process", "these tokens") needs the sentence it refers to.
  const needsContext = REFERS_BACK.test(ev.unit.unit.text);
  // The topic sentence stays ahead of the answer only when it says something of what was asked:
  // "how does the reinforcement learning part work?" opens on the reinforcement sentence, not on
  // the section's opening about pre-training.
  const paragraphHead = budget.fromStart ? 0 : units.findIndex((x) => x.unit.paragraph === ev.unit.unit.paragraph);
  // A topic that leads into steps which do ("an image encoder…, an audio encoder…") stays as well.
  const speaks = (k: number) => budget.coverageOf!(units[k]!) > 0;
  const keepTopic =
    budget.keepTopic === true &&
    (needsContext || !budget.coverageOf || paragraphHead < 0 || speaks(paragraphHead) || units.slice(paragraphHead + 1, ev.unit.unit.index).some((_, i) => speaks(paragraphHead + 1 + i)));
  const fromStart = budget.fromStart === true && (asWell(0) || (needsContext && !keepTopic));
  let start = fromStart ? 0 : ev.unit.unit.index;
  let topic: AnalysedUnit | undefined;
  if (budget.fromParagraph && !fromStart) {
    const first = units.findIndex((x) => x.unit.paragraph === ev.unit.unit.paragraph);
    if (first >= 0 && start - first <= 2 && !units[first]!.unit.bullet && (asWell(first) || (needsContext && !keepTopic))) start = first;
  }
  // A mechanism keeps its topic sentence ahead of the specific one: "X works by encoders. An image encoder…".
  const head = paragraphHead;
  // The steps between them stay when they speak to the question too ("an image encoder…, an audio encoder…").
  let steps: AnalysedUnit[] = [];
  if (keepTopic && start > head && head >= 0 && (budget.fromStart || budget.fromParagraph) && !units[head]!.unit.bullet) {
    topic = units[head];
    // An answer that refers back ("this process") needs everything it refers to.
    steps = units.slice(head + 1, start).filter((x) => needsContext || (budget.coverageOf?.(x) ?? 0) > 0);
  }
  // Never open on "This…"/"It…", or on "X wins instead…": take the sentence it points back to as well.
  const leansBack = (t: string) => pointsBack(t) || /^\S+(?:\s\S+){0,4}\s(?:instead|also|too|either|as well|however|therefore|thus|again|then)\b/i.test(t);
  while (start > 0 && leansBack(units[start]!.unit.text) && units[start - 1]!.unit.paragraph === units[start]!.unit.paragraph) start--;
  // One item of a list, quoted alone: the item the answer is in, not its neighbours.
  if (budget.itemOnly && ev.unit.unit.bullet) return { text: joinUnits([withSides(units, ev.unit)]), passage: ev.passage };
  const list = listAround(units, ev.unit.unit.index, budget.wholeList);
  // An answer that opens by announcing its items ("Math LLMs are built in three main ways:") shows every one of them.
  const announces = announcedCount(ev.unit.unit.text) !== undefined;
  if ((budget.wholeList || announces) && !list) {
    // Every announced item, each on its own line.
    const counted = countedList(units, ev.unit.unit.index, announces && !budget.wholeList);
    if (counted) {
      const [lead, ...items] = counted;
      return { text: [lead!.unit.text, ...items.map((i) => `- ${i.unit.text.replace(/^\s*[-*•]\s+/, '')}`)].join('\n'), passage: ev.passage };
    }
  }
  const chosen: AnalysedUnit[] = [];
  let length = 0;
  const fits = (u: AnalysedUnit) => length + u.unit.text.length + 1 <= maxChars;
  if (list && ((!budget.itemOnly && (budget.wholeList || list[1] - list[0] <= maxUnits + 4)) || ((announces || LEAD_IN.test(ev.unit.unit.text)) && list[0] === ev.unit.unit.index))) {
    const [a, b] = list;
    // A list is answered whole: its lead-in's sentence (when the lead-in continues one) and every item.
    const from = Math.min(start, a);
    for (let k = from; k < b; k++) {
      chosen.push(units[k]!);
      length += units[k]!.unit.text.length + 1;
    }
    return { text: joinUnits(chosen), passage: ev.passage };
  }
  for (let k = start; k < units.length && chosen.length < maxUnits; k++) {
    const u = units[k]!;
    if (chosen.length > 0) {
      if (!fits(u)) break;
      // Stay in the paragraph the answer is in, and only with sentences that still speak to the question.
      // …unless the answer announced more items than it has shown yet ("A VAE has two components. The encoder…").
      const announced = announcedCount(chosen[0]!.unit.text);
      if (u.unit.paragraph !== units[start]!.unit.paragraph && chosen.length >= 2 && !(announced !== undefined && chosen.length <= announced)) break;
      if (budget.minCoverage && budget.coverageOf && budget.coverageOf(u) < budget.minCoverage && !pointsBack(u.unit.text)) break;
      // A list lead-in needs its list; without room for it, stop before it.
      if (LEAD_IN.test(u.unit.text)) break;
      // An answer about the thing asked does not trail off into who said it ("…one of the methods
      // the explainer names"); one quoting a source from its start goes on quoting it.
      if (citesSource(u.unit.text) && !citesSource(chosen[0]!.unit.text)) break;
      if (u.unit.bullet && !chosen.some((c) => c.unit.bullet) && !LEAD_IN.test(chosen[chosen.length - 1]!.unit.text)) break;
    }
    chosen.push(u);
    length += u.unit.text.length + 1;
  }
  // A lead-in left without its items is dropped.
  while (chosen.length > 1 && LEAD_IN.test(chosen[chosen.length - 1]!.unit.text)) chosen.pop();
  if (topic && !chosen.includes(topic)) {
    const between = steps.filter((x) => !chosen.includes(x));
    chosen.unshift(topic, ...between);
    const over = () => chosen.length > maxUnits || chosen.reduce((n, u) => n + u.unit.text.length + 1, 0) > maxChars;
    // Trim what follows the answer first, then the steps before it; the topic and the answer stay.
    while (over() && chosen.length > between.length + 2) chosen.pop();
    while (over() && between.length > 0) chosen.splice(chosen.indexOf(between.pop()!), 1);
  }
  return { text: joinUnits(itemsWithSides(units, chosen)), passage: ev.passage };
}
