/**
 * "Is X (just / basically) a Y?" read off the sentences that relate the two, not off the concept
 * table alone: X's defining sentence naming Y as what X is ("A chat model is an instruct model given
 * extra fine-tuning…") makes the answer "Mostly yes", the extra step being the "plus"; Y's defining
 * sentence naming X ("An instruct model is a base LLM fine-tuned…", asked the other way round) makes
 * it "No"; a sentence of X's sections that sets X against Y ("tuned the way chat models are, but…")
 * makes it "Not quite".
 */
import type { Concept } from '../lexicon/concepts.js';
import { analysed } from '../evidence/analysed.js';
import type { Block, PlanContext } from './context.js';
import { withVerdict } from './verdict.js';

/** The name a defining sentence gives its genus: what follows "**X** is a/an". */
function genusOf(ctx: PlanContext, c: Concept): { sentence: string; genus: string } | undefined {
  const units = c.defining ? analysed(ctx.index, c.defining).units : [];
  const first = units[0]?.unit.text;
  const m = first ? /^(?:(?:A|An|The)\s+)?\*\*[^*]+\*\*(?:,[^,]{1,80},)?\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(.{2,})/i.exec(first) : null;
  // The sentence after it says what the extra step does, unless it leans on yet another.
  const next = units[1]?.unit.text;
  return m && first ? { sentence: next && units[1]!.unit.paragraph === units[0]!.unit.paragraph ? `${first} ${next}` : first, genus: m[1]!.toLowerCase() } : undefined;
}

/** Whether `text` opens with one of the concept's names (singular or plural). */
function opensWith(text: string, c: Concept): boolean {
  return c.names.some((n) => {
    const name = n.toLowerCase().replace(/s$/, '');
    return text.startsWith(name) && !/^[a-z]/.test(text.slice(name.length).replace(/^s/, ''));
  });
}

const lowerArticle = (s: string) => s.replace(/^(\*\*)?(A|An|The)\s/, (w) => w.toLowerCase());

/**
 * The verdict from the defining sentences: "Mostly yes" when X's says X is a Y with something more,
 * "No" when it is Y's that says Y is an X (the question has them the other way round).
 */
export function genusVerdict(ctx: PlanContext, a: Concept, b: Concept): Block[] | undefined {
  const ofA = genusOf(ctx, a);
  if (ofA && opensWith(ofA.genus, b)) return [{ text: `Mostly yes: ${lowerArticle(ofA.sentence)}`, passage: a.defining! }];
  const ofB = genusOf(ctx, b);
  if (ofB && opensWith(ofB.genus, a)) return [{ text: `No, it is the other way round: ${lowerArticle(ofB.sentence)}`, passage: b.defining! }];
  return undefined;
}

/** A sentence that sets one thing against another: "than", "unlike", "but", "rather than". */
const CONTRAST = /\b(?:than|unlike|but|rather than|instead of|whereas|while)\b/i;

/**
 * "Is a reasoning model just a chat model?" where neither is defined as the other: a sentence of X's
 * own sections that names Y and sets X against it ("tuned the way chat models are, but …") answers
 * "Not quite". The sentence that also likens them ("the same way", "like") is preferred.
 */
export function contrastVerdict(ctx: PlanContext, a: Concept, b: Concept): Block[] | undefined {
  const names = b.names.map((n) => n.toLowerCase().replace(/s$/, ''));
  const found: Array<{ text: string; block: Block; likens: boolean }> = [];
  for (const passage of [...new Set([...(a.defining ? [a.defining] : []), ...a.passages])]) {
    if (b.passages.includes(passage)) continue;
    for (const x of analysed(ctx.index, passage).units) {
      const text = x.unit.text;
      const lower = text.toLowerCase();
      if (!names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(lower)) || !CONTRAST.test(text) || /^\s*(?:[-•]|\*(?!\*))\s/.test(text)) continue;
      found.push({ text, block: { text: withVerdict('Not quite', text), passage }, likens: /\b(?:the same way|same way|the way|like|as)\b/i.test(text) });
    }
  }
  const best = found.find((f) => f.likens) ?? found[0];
  return best ? [best.block] : undefined;
}
