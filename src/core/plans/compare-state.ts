/**
 * "Which is further along?", "which one is more mature?": after the verdict, what each side is
 * says little; where each side stands does. A side's standing is the opening of its section on its
 * limits ("Video models are still quite experimental … because they struggle with: longer videos …"),
 * its short list items folded into the sentence that announces them.
 */
import type { Passage } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import type { Side } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';
import { lowerFirst } from '../lexicon/case.js';

/** A list item short enough to read as part of a sentence ("Generating longer videos."). */
const SHORT_ITEM = 70;

/** "Generating longer videos." → "generating longer videos" (an acronym keeps its capitals). */
function inline(item: string): string {
  const text = item.replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, '').replace(/[.;]\s*$/, '');
  return lowerFirst(text);
}

function joined(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One side's standing: the opening sentence of its limitations section, with the short items it announces. */
function standing(ctx: PlanContext, side: Side): { text: string; passage: Passage } | undefined {
  const passage = side.concept?.aspects.get('limitations')?.[0];
  if (!passage) return undefined;
  const units = analysed(ctx.index, passage).units;
  const first = units[0];
  if (!first || first.unit.bullet) return undefined;
  if (!/:\s*$/.test(first.unit.text)) return { text: first.unit.text, passage };
  const items: string[] = [];
  for (const unit of units.slice(1)) {
    if (!unit.unit.bullet || unit.unit.text.length > SHORT_ITEM) break;
    items.push(inline(unit.unit.text));
  }
  if (items.length === 0) return undefined;
  return { text: `${first.unit.text.replace(/:\s*$/, '')} ${joined(items)}.`, passage };
}

/**
 * A line on where each side stands, for the sides whose standing the verdict has not already
 * quoted; undefined when no side has one to add.
 */
export function standingLines(ctx: PlanContext, sides: readonly Side[], lead: Block): { block: Block; cites: Passage[] } | undefined {
  const lines = sides
    .slice(0, 2)
    .map((s) => standing(ctx, s))
    .filter((x): x is { text: string; passage: Passage } => x !== undefined && x.passage !== lead.passage && !lead.text.includes(x.text));
  if (lines.length === 0) return undefined;
  return { block: { text: lines.map((l) => `- ${l.text}`).join('\n') }, cites: lines.map((l) => l.passage) };
}
