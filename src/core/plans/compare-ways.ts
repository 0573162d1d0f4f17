/**
 * "A code LLM made by further training a chat model vs one trained from scratch": both sides are one
 * kind, built two ways. What each side adds to the kind's name ("further training a chat model",
 * "from scratch") picks an item of a list the documents give of that kind's ways ("Continue training
 * an existing … chat model on code", "Train a model from scratch only on code"), and the two items,
 * after the list's lead-in, say how the routes differ and what each gives.
 */
import { analysed, type AnalysedUnit } from '../evidence/analysed.js';
import { joinUnits } from '../compose/blocks.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Side, Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

/** A side's own words beyond its kind's names and the words both sides share. */
function ownTerms(ctx: PlanContext, side: Side, other: Side): Set<string> {
  const terms = (text: string) => ctx.index.analyzer.terms(text).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t));
  const kind = new Set((side.concept?.names ?? []).flatMap(terms));
  const theirs = new Set(terms(other.text));
  return new Set(terms(side.text).filter((t) => !kind.has(t) && !theirs.has(t)));
}

/** The item holding the most of a side's own words, when one item holds more of them than any other. */
function itemFor(items: readonly AnalysedUnit[], own: ReadonlySet<string>): AnalysedUnit | undefined {
  const scored = items.map((x) => ({ x, n: [...own].filter((t) => x.terms.has(t)).length })).sort((a, b) => b.n - a.n);
  const [best, next] = scored;
  return best && best.n > 0 && (!next || next.n < best.n) ? best.x : undefined;
}

export function waysOfOneKind(ctx: PlanContext, u: Understanding, sides: readonly Side[]): Draft | undefined {
  const [a, b] = sides;
  const kind = a?.concept;
  if (!a || !b || sides.length !== 2 || !kind || b.concept !== kind) return undefined;
  const [ownA, ownB] = [ownTerms(ctx, a, b), ownTerms(ctx, b, a)];
  if (ownA.size === 0 || ownB.size === 0) return undefined;
  const names = kind.names.map((n) => n.toLowerCase().replace(/s$/, ''));
  for (const hit of ctx.index.search(u.terms, { limit: 8 })) {
    const units = analysed(ctx.index, hit.passage).units;
    const intro = units[0];
    // A list of the kind's ways: a lead-in naming the kind, then its items.
    if (!intro || intro.unit.bullet || !/:\s*$/.test(intro.unit.text) || !names.some((n) => intro.unit.text.toLowerCase().includes(n))) continue;
    let end = 1;
    while (units[end]?.unit.bullet) end++;
    const items = units.slice(1, end);
    const [itemA, itemB] = [itemFor(items, ownA), itemFor(items, ownB)];
    if (!itemA || !itemB || itemA === itemB) continue;
    const chosen = items.filter((x) => x === itemA || x === itemB);
    return { kind: 'comparison', answered: true, blocks: [{ text: joinUnits([intro, ...chosen]), passage: hit.passage }], concepts: [kind] };
  }
  return undefined;
}
