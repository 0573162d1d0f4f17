/**
 * "Contrast fine-tuning with building from scratch on time and cost": two kinds weighed on what the
 * question names after "on" or "in terms of". A side's line is then the sentence of its own sections
 * that states that property ("fine-tuning typically takes 2 to 8 weeks and costs $15,000…"), not
 * its definition, which says what the side is and nothing of its time or cost.
 */
import { analysed } from '../evidence/analysed.js';
import { pointsBack } from '../evidence/sentences.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Side } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';

/** What the sides are weighed on, said at the question's end: "… on time and cost", "in terms of speed to production". */
const WEIGHED_ON = /\b(?:on|in terms of|when it comes to|with regard to|regarding|with respect to)\s+((?:the\s+)?[a-z][a-z\s,-]{1,60}?)\s*[?.!]*\s*$/i;

/** A criterion of time ("time to production", "how fast") is stated by a duration; one of money by a sum. */
const MEASURES = [
  { asks: /\b(?:time|timeline|long|fast|quick\w*|speed|duration|soon)\b/i, states: /\b\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:hours|days|weeks|months|years)\b/i },
  { asks: /\b(?:cost\w*|price\w*|pricing|expens\w*|cheap\w*|budget|money|spend\w*)\b/i, states: /\$\s?\d/ },
] as const;

export interface Criterion {
  terms: string[];
  /** Figures that state it: a duration for time, a sum for cost. */
  figures: RegExp[];
}

/** What the sides are weighed on, without the sides' own words. */
export function criterionTerms(ctx: PlanContext, text: string, sides: readonly Side[]): Criterion {
  const said = WEIGHED_ON.exec(text)?.[1];
  if (!said) return { terms: [], figures: [] };
  const own = new Set(sides.flatMap((s) => ctx.index.analyzer.terms([s.text, ...(s.concept?.names ?? [])].join(' '))));
  const terms = [...new Set(ctx.index.analyzer.terms(said).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t) && !own.has(t)))];
  return { terms, figures: terms.length ? MEASURES.filter((m) => m.asks.test(said)).map((m) => m.states) : [] };
}

/**
 * The sentence of a side's own sections that states most of the criterion: a figure that states a
 * measure asked (a duration, a sum) counts fully, a word of the criterion alone less; none when no
 * sentence holds any, and none that points back to a sentence before it ("adapting it this way…").
 */
export function criterionLine(ctx: PlanContext, side: Side, criterion: Criterion): Block | undefined {
  const concept = side.concept;
  if (!concept || criterion.terms.length === 0) return undefined;
  let best: { text: string; score: number; passage: (typeof concept.passages)[number] } | undefined;
  const names = concept.names.map((n) => n.toLowerCase().replace(/s$/, ''));
  for (const passage of concept.passages) {
    // A section about several things speaks for the side only where a sentence names it.
    const ownOnly = ctx.concepts.about(passage).every((c) => c === concept);
    for (const x of analysed(ctx.index, passage).units) {
      const text = x.unit.text;
      if (x.unit.bullet || text.trim().endsWith(':') || pointsBack(text) || /\bthis way\b/i.test(text)) continue;
      const words = criterion.terms.filter((t) => x.terms.has(t)).length;
      const figures = criterion.figures.filter((re) => re.test(text)).length;
      const score = figures + Math.max(0, words - figures) * 0.6;
      if (score === 0 || (best && score <= best.score)) continue;
      if (!ownOnly && !names.some((n) => text.toLowerCase().includes(n))) continue;
      best = { text, score, passage };
    }
  }
  return best ? { text: `- ${best.text}`, passage: best.passage } : undefined;
}
