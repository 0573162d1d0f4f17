/**
 * "Tiny team, must launch in three weeks: API, fine-tuning, or our own model?" offers options that
 * one section of the documents lists side by side, each with its timeline or cost ("API integration:
 * … (days to weeks)", "Fine-tuning: … takes 2 to 8 weeks", "Building from scratch: … takes months and
 * millions of dollars"). With a deadline, a small team or a tight budget stated, the answer picks
 * the option that fits it, with its figure, then says in one line what the others take, instead of
 * listing all of them without a pick.
 */
import type { Passage } from '../../knowledge/types.js';
import type { Understanding } from '../understand/types.js';
import { analysed } from '../evidence/analysed.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Draft, PlanContext } from './context.js';

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
/** A bare plural unit ("days", "months") as a span: at least two of it, less than the next unit up. */
const BARE: Record<string, [number, number]> = { day: [2, 7], week: [14, 30], month: [60, 365], year: [730, 3650] };

const RANGE = /\b(\d+)\s*(?:to|-|–)\s*(\d+)\s+(day|week|month|year)s?\b/i;
const BARE_RANGE = /\b(day|week|month|year)s\s+to\s+(day|week|month|year)s\b/i;
const COUNTED = /\b(\d+)\s+(day|week|month|year)s?\b/i;
const BARE_ONE = /\b(day|week|month|year)s\b/i;
/** A lead-in that announces a counted list of options: "There are three deployment paths…:". */
const COUNTED_LEAD_IN = /\b(?:two|three|four|five|six|\d+)\b[^:]*:\s*$/i;
/** A cost too big for a small team or a tight budget. */
const BIG_COST = /\bmillions?\b|\bbillions?\b/i;

interface Option {
  label: string;
  text: string;
  /** Fewest and most days the option takes, as its text states. */
  span: [number, number];
  /** The words that state its time (and cost): "2 to 8 weeks", "months and millions of dollars". */
  figure: string;
}

/** The time an option's text states, in days, with the words stating it (and a cost joined to them). */
function timeOf(text: string): { span: [number, number]; figure: string } | undefined {
  const range = RANGE.exec(text);
  const bareRange = BARE_RANGE.exec(text);
  const counted = COUNTED.exec(text);
  const bare = BARE_ONE.exec(text);
  let span: [number, number] | undefined;
  let m: RegExpExecArray | null = null;
  if (range) [span, m] = [[Number(range[1]) * UNIT_DAYS[range[3]!.toLowerCase()]!, Number(range[2]) * UNIT_DAYS[range[3]!.toLowerCase()]!], range];
  else if (bareRange) [span, m] = [[BARE[bareRange[1]!.toLowerCase()]![0], BARE[bareRange[2]!.toLowerCase()]![1]], bareRange];
  else if (counted) [span, m] = [[Number(counted[1]) * UNIT_DAYS[counted[2]!.toLowerCase()]!, Number(counted[1]) * UNIT_DAYS[counted[2]!.toLowerCase()]!], counted];
  else if (bare) [span, m] = [BARE[bare[1]!.toLowerCase()]!, bare];
  if (!span || !m) return undefined;
  const cost = /^\s+and\s+([^,.;()]*?\b(?:dollars|euros|pounds|budget))/i.exec(text.slice(m.index + m[0].length));
  return { span, figure: cost ? `${m[0]} and ${cost[1]}` : m[0] };
}

/** The counted list of options in a passage, each with the time it takes; undefined when it has none. */
function optionsOf(ctx: PlanContext, passage: Passage): { options: Option[]; leadIn: string } | undefined {
  const units = analysed(ctx.index, passage).units;
  const at = units.findIndex((x, i) => !x.unit.bullet && COUNTED_LEAD_IN.test(x.unit.text) && units[i + 1]?.unit.bullet);
  if (at < 0) return undefined;
  const options: Option[] = [];
  for (let i = at + 1; units[i]?.unit.bullet; i++) {
    const m = /^\s*[-*•+]\s+([^:]{2,60}):\s+(.+)$/.exec(units[i]!.unit.text);
    const time = m ? timeOf(m[2]!) : undefined;
    if (!m || !time) return undefined;
    options.push({ label: m[1]!.replace(/\*\*/g, '').trim(), text: m[2]!, ...time });
  }
  return options.length >= 2 ? { options, leadIn: units[at]!.unit.text } : undefined;
}

/**
 * Whether the question names an option: a word of its label that tells it from the others, not one
 * the list's lead-in or another label shares ("labelling" in "three labelling routes: crowd labelling…").
 */
function offered(ctx: PlanContext, u: Understanding, option: Option, options: readonly Option[], leadIn: string): boolean {
  const said = new Set(u.said.terms);
  const common = new Set([...ctx.index.analyzer.terms(leadIn), ...options.filter((o) => o !== option).flatMap((o) => ctx.index.analyzer.terms(o.label))]);
  return ctx.index.analyzer.terms(option.label).some((t) => !WEAK_TERMS.has(t) && !common.has(t) && said.has(t));
}

function deadlineWords(days: number): string {
  const [n, unit] = days % 30 === 0 ? [days / 30, 'month'] : days % 7 === 0 ? [days / 7, 'week'] : [days, 'day'];
  const said = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][n] || String(n);
  return `a ${said}-${unit} deadline`;
}

const lower = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

/** The option that fits the stated deadline, team or budget, among those the question offers from one section. */
export function optionUnderConstraint(ctx: PlanContext, u: Understanding): Draft | undefined {
  const { deadlineDays, smallTeam, budget } = u.constraints;
  if (deadlineDays === undefined && !smallTeam && !budget) return undefined;
  for (const hit of ctx.index.search(u.terms, { limit: 6 })) {
    const listed = optionsOf(ctx, hit.passage);
    if (!listed) continue;
    const { options, leadIn } = listed;
    const asked = options.filter((o) => offered(ctx, u, o, options, leadIn));
    if (asked.length < 2) continue;
    // The deadline rules out an option that cannot be done in time; a small team or budget, one
    // that costs millions. Among those left, the one surest to be done soonest.
    // The pick is among the options the question offers ("in-house or experts?" leaves out the crowd).
    const fits = asked.filter((o) => (deadlineDays === undefined || o.span[0] <= deadlineDays) && (!(smallTeam || budget) || !BIG_COST.test(o.text)));
    // A deadline that rules nothing out does not decide between the options.
    if (fits.length === 0 || (fits.length === asked.length && deadlineDays !== undefined && !smallTeam && !budget)) continue;
    const pick = [...fits].sort((a, b) => a.span[1] - b.span[1] || a.span[0] - b.span[0])[0]!;
    const why = deadlineDays !== undefined ? deadlineWords(deadlineDays) : smallTeam ? 'a small team' : 'a tight budget';
    const others = options.filter((o) => o !== pick).map((o) => `${lower(o.label)}, ${o.figure}`);
    const rest = others.length > 0 ? ` By contrast: ${others.join('; ')}.` : '';
    return { kind: 'recommendation', answered: true, blocks: [{ text: `**${pick.label}** fits ${why}: ${pick.text}${rest}`, passage: hit.passage }] };
  }
  return undefined;
}
