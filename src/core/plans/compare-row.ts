/**
 * "Closed vs open models on customization?", "how do open and proprietary models differ when it comes
 * to data privacy?": a comparing section that sets the sides out property by property ("They differ
 * on five counts (closed vs open source):" then "- Customization: limited vs full fine-tuning
 * possible.") answers a property the question names with that property's row, each half said with
 * the side it belongs to, before the section's opening says how the two differ in general.
 */
import type { Passage } from '../../knowledge/types.js';
import { blockFrom } from '../compose/blocks.js';
import { analysed } from '../evidence/analysed.js';
import { rankEvidence } from '../evidence/sentences.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Side, Understanding } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';
import { sideTerms } from './compare-verdict.js';

/** A lead-in naming the two sides its rows set against each other: "(closed vs open source):". */
const PAIR = /\(([^()]{2,40}?)\s+(?:vs\.?|versus)\s+([^()]{2,40}?)\)\s*:\s*$/i;
/** One property row: "- Transparency: a black box vs weights and training open to inspection." */
const ROW = /^\s*[-*•+]\s+([^:]{2,40}):\s+(.+?)\s+(?:vs\.?|versus)\s+(.+?)\.?\s*$/i;

interface Row { label: string; first: string; second: string; pair: [string, string]; passage: Passage; score: number; hits: number }

/** The rows of a section's property-by-property list, with the sides its lead-in names. */
function rowsOf(ctx: PlanContext, passage: Passage): Omit<Row, 'score' | 'hits'>[] {
  const units = analysed(ctx.index, passage).units;
  const at = units.findIndex((x, i) => PAIR.test(x.unit.text) && units[i + 1]?.unit.bullet);
  if (at < 0) return [];
  const [, a, b] = PAIR.exec(units[at]!.unit.text)!;
  const out: Omit<Row, 'score' | 'hits'>[] = [];
  for (let i = at + 1; units[i]?.unit.bullet; i++) {
    const row = ROW.exec(units[i]!.unit.text);
    if (row) out.push({ label: row[1]!.trim(), first: row[2]!.trim(), second: row[3]!.trim(), pair: [a!.trim(), b!.trim()], passage });
  }
  return out;
}

/**
 * "closed" beside "open source" is "closed source" when a side is named so; a side that is no such
 * name ("proprietary source") stays as written.
 */
function sideName(word: string, other: string, sides: readonly Side[]): string {
  const tail = other.split(/\s+/).slice(1).join(' ');
  if (/\s/.test(word) || !tail) return word;
  const longer = `${word} ${tail}`.toLowerCase();
  return sides.some((s) => s.concept?.names.some((n) => n.toLowerCase() === longer)) ? `${word} ${tail}` : word;
}

/** "Data privacy" reads mid-sentence as "data privacy"; an acronym ("ROI") keeps its capitals. */
const midSentence = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

/** A row's line: "**On cost**: pay per use for closed source, against can run locally at no cost for open source." */
function rowLine(row: Row, sides: readonly Side[]): string {
  const [a, b] = row.pair;
  return `**On ${midSentence(row.label)}**: ${row.first} for ${sideName(a, b, sides)}, against ${row.second} for ${sideName(b, a, sides)}.`;
}

/**
 * The rows on the properties the question names, as the lead, with the opening of their section
 * after it. "On cost and transparency" names two: each gets its row, in the section's order.
 */
export function askedRow(ctx: PlanContext, u: Understanding, sections: readonly Passage[], sides: readonly Side[]): Block[] | undefined {
  if (sides.length !== 2) return undefined;
  const own = new Set(sideTerms(ctx, sides).flatMap((s) => [...s]));
  const shared = new Set(sides.flatMap((s) => ctx.index.analyzer.terms(s.concept?.names.join(' ') ?? s.text)));
  const asked = new Set(u.terms.filter((t) => !t.term.startsWith('~') && !own.has(t.term) && !shared.has(t.term) && !WEAK_TERMS.has(t.term)).map((t) => t.term));
  if (asked.size === 0) return undefined;
  // For each property word asked, the row that names it best.
  const bestFor = new Map<string, Row>();
  const order: Row[] = [];
  for (const passage of sections) {
    for (const row of rowsOf(ctx, passage)) {
      const label = ctx.index.analyzer.terms(row.label).filter((t) => !t.startsWith('~'));
      // The property is named by its head word ("privacy" of "data privacy"); "any data on ROI" names no privacy.
      // A head too common to name anything ("use" of "offline use") leaves the word before it.
      const words = row.label.replace(/\s*\(.*$/, '').split(/[\s-]+/).filter((w) => ctx.index.analyzer.terms(w).some((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
      const head = ctx.index.analyzer.terms(words.pop() ?? '').filter((t) => !t.startsWith('~'));
      const named = head.filter((t) => asked.has(t));
      if (named.length === 0) continue;
      const hits = label.filter((t) => asked.has(t)).length;
      const score = label.length ? hits / label.length : 0;
      const scored = { ...row, score, hits };
      order.push(scored);
      // The row more of whose words the question holds ("per-token cost" over "cost"), then the one it names most fully.
      for (const t of named) {
        const best = bestFor.get(t);
        if (hits > 0 && (!best || hits > best.hits || (hits === best.hits && score > best.score))) bestFor.set(t, scored);
      }
    }
  }
  const best = order.reduce<Row | undefined>((top, r) => ([...bestFor.values()].includes(r) && (!top || r.hits > top.hits || (r.hits === top.hits && r.score > top.score)) ? r : top), undefined);
  if (!best) return undefined;
  // Further properties asked are read from the same section, so one pair of sides speaks throughout.
  const rows = order.filter((r) => [...bestFor.values()].includes(r) && r.passage === best.passage);
  const lead = rows.map((r) => rowLine(r, sides)).join('\n');
  const ranked = rankEvidence(ctx.index, u.terms, [{ passage: best.passage, score: 1, about: true }]);
  const opening = ranked.find((e) => e.unit.unit.index === 0);
  const general = opening ? blockFrom(opening, { maxChars: 420, maxUnits: 2, fromStart: true }) : undefined;
  // The lead-in that announces the rows has no rows after it here.
  const said = general && !PAIR.test(general.text) ? [general] : [];
  return [{ text: lead, passage: best.passage }, ...said];
}
