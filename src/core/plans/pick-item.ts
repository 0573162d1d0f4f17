/**
 * "Which of those stages makes it safe for users?", "which one is for images?": one item of the list
 * the earlier answer gave, picked by this turn's own words. An item is read with what the knowledge
 * says of the concept it names ("MMMU" → its section: "the benchmark to check when an application
 * has to handle images"), so a word the list line leaves out can still pick it.
 */
import { analysed } from '../evidence/analysed.js';
import { linkTokens } from '../lexicon/phrases.js';
import type { Concept } from '../lexicon/concepts.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { ListedItem, Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';

/** "Alignment: RLHF, so outputs…" → "Alignment"; an item without a label has none. */
function labelOf(text: string): string | undefined {
  const m = /^\**([^:*]{2,60}?)\**\s*:\s/.exec(text);
  return m ? m[1]!.trim() : undefined;
}

/** One word of the question found among a text's terms, allowing a comparative or plural ending ("safe" / "safer"). */
function holds(terms: ReadonlySet<string>, t: string): boolean {
  if (terms.has(t)) return true;
  if (t.length < 4) return false;
  for (const x of terms) if (x.length >= 4 && (x.startsWith(t) || t.startsWith(x)) && Math.abs(x.length - t.length) <= 2) return true;
  return false;
}

interface Scored {
  item: ListedItem;
  score: number;
  /** The concept the item names, when its own section holds words the line does not. */
  concept?: Concept;
  /** Whether only the concept's section, not the line itself, holds the words that picked it. */
  fromConcept: boolean;
}

/** The concept an item names at its start ("MMMU: …", "Alignment applies RLHF…"). */
function conceptNamed(ctx: PlanContext, item: ListedItem): Concept | undefined {
  const head = labelOf(item.text) ?? item.text.split(/\s+/).slice(0, 4).join(' ');
  const found = ctx.concepts.dictionary.find(linkTokens(head)).find((m) => m.start === 0);
  return found?.value.defining ? found.value : undefined;
}

export function answerPickedItem(ctx: PlanContext, u: Understanding): Draft | undefined {
  const items = u.among;
  if (!items || items.length < 2) return undefined;
  const analyzer = ctx.index.analyzer;
  const lines = items.map((item) => new Set(analyzer.terms(item.text)));
  const concepts = items.map((item) => conceptNamed(ctx, item));
  const sections = concepts.map((c) => new Set(c?.defining ? analysed(ctx.index, c.defining).units.slice(0, 3).flatMap((x) => [...x.terms]) : []));
  // The words this turn brings that tell the items apart: not those every item holds (the list's own subject).
  const own = [...new Set(u.said.terms)].filter((t) => !WEAK_TERMS.has(t.replace(/^~/, '')) && !lines.every((l) => holds(l, t)));
  if (own.length === 0) return undefined;
  const scored: Scored[] = items.map((item, i) => {
    let score = 0;
    let inLine = 0;
    for (const t of own) {
      const w = t.startsWith('~') ? 0.5 : 1;
      if (holds(lines[i]!, t)) (score += w), (inLine += w);
      else if (holds(sections[i]!, t)) score += w * 0.8;
    }
    return { item, score, ...(concepts[i] ? { concept: concepts[i] } : {}), fromConcept: inLine === 0 };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const [best, next] = [ranked[0]!, ranked[1]!];
  if (best.score < 1 || best.score <= next.score) return undefined;
  const label = labelOf(best.item.text);
  const text = label ? `**${label}**: ${best.item.text.slice(best.item.text.indexOf(':') + 1).trim().replace(/^\*\*/, '')}` : best.item.text;
  const blocks: Block[] = [{ text, ...(best.item.passage ? { passage: best.item.passage } : {}) }];
  // The line alone does not say what picked it: the sentence of the item's own section that does.
  if (best.fromConcept && best.concept?.defining) {
    const units = analysed(ctx.index, best.concept.defining).units.slice(0, 3);
    const why = units.find((x) => own.some((t) => holds(x.terms, t)));
    if (why) blocks.push({ text: why.unit.text, passage: best.concept.defining });
  }
  return { kind: 'fact', answered: true, blocks, concepts: best.concept ? [best.concept] : u.concepts };
}
