/**
 * "Is a 7B model small or large?", "what size class is a 13B model?": the size class whose range, as
 * its defining sentence states it ("roughly 1 billion to 7 billion parameters", "more than 200 billion"),
 * holds the count asked about; a count between two classes' ranges is said to fall between them.
 */
import type { Concept } from '../lexicon/concepts.js';
import { analysed } from '../evidence/analysed.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

const BILLION = String.raw`(\d+(?:\.\d+)?)\s*(?:billion|b)\b`;
const BETWEEN = new RegExp(String.raw`${BILLION}\s*(?:to|-|–)\s*${BILLION}\s*param`, 'i');
const ABOVE = new RegExp(String.raw`(?:more than|over|above|at least)\s+${BILLION}\s*param|\b(\d+(?:\.\d+)?)\s*b\+`, 'i');

interface ClassRange {
  concept: Concept;
  from: number;
  to: number;
  sentence: string;
}

const cache = new WeakMap<PlanContext['concepts'], ClassRange[]>();

function ranges(ctx: PlanContext): ClassRange[] {
  let found = cache.get(ctx.concepts);
  if (found) return found;
  found = [];
  for (const concept of ctx.concepts.concepts) {
    if (concept.kind !== 'size-class' || !concept.defining) continue;
    const sentence = analysed(ctx.index, concept.defining).units[0]?.unit.text ?? '';
    const between = BETWEEN.exec(sentence);
    const above = between ? null : ABOVE.exec(sentence);
    if (between) found.push({ concept, from: Number(between[1]) * 1e9, to: Number(between[2]) * 1e9, sentence });
    else if (above) found.push({ concept, from: Number(above[1] ?? above[2]) * 1e9, to: Infinity, sentence });
  }
  found.sort((a, b) => a.from - b.from);
  cache.set(ctx.concepts, found);
  return found;
}

/** The class a word of the question names ("small" → the small model), by the first word of its name. */
const named = (u: Understanding, c: ClassRange) => u.said.words.has(c.concept.name.split(/[\s-]/)[0]!.toLowerCase());

/** "Is 70B a large model?" names one class: Yes or No before the class that holds it; "small or large?" names two: no verdict. */
function verdict(u: Understanding, classes: readonly ClassRange[], own: ClassRange): string {
  if (!u.size.opensYesNo) return '';
  const asked = classes.filter((c) => named(u, c));
  if (asked.length !== 1) return '';
  return asked[0] === own ? 'Yes: ' : 'No: ';
}

const billions = (n: number) => `${Number((n / 1e9).toFixed(1))}B`;

export function sizeClassOf(ctx: PlanContext, u: Understanding): Draft | undefined {
  const n = u.paramCount;
  // "What does a small model under 7B cost?" asks a price: a count bounding another question is no class asked.
  if (n === undefined || u.models.length > 0 || (u.attribute !== undefined && u.attribute !== 'parameters') || u.size.bounded) return undefined;
  const classes = ranges(ctx);
  if (classes.length < 2 || !(u.size.asksClass || classes.some((c) => named(u, c)))) return undefined;
  const own = classes.find((c) => n >= c.from && n <= c.to);
  if (own) {
    const said = own.sentence.replace(/\*\*/g, '').replace(/^(A|An|The)\s/, (w) => w.toLowerCase());
    const lead = verdict(u, classes, own);
    const text = `${lead}${lead ? 'a' : 'A'} ${billions(n)} model is ${/^[aeiou]/i.test(own.concept.name) ? 'an' : 'a'} **${own.concept.name}**: ${said}`;
    return { kind: 'definition', answered: true, blocks: [{ text, passage: own.concept.defining! }], concepts: [own.concept] };
  }
  const below = [...classes].reverse().find((c) => c.to < n);
  const above = classes.find((c) => c.from > n);
  if (!below || !above) return undefined;
  const text = `A ${billions(n)} model falls between two size classes: ${below.concept.name}s have up to about ${billions(below.to)} parameters and ${above.concept.name}s start at about ${billions(above.from)}.`;
  return { kind: 'definition', answered: true, blocks: [{ text, passage: below.concept.defining! }], cites: [above.concept.defining!], concepts: [below.concept, above.concept] };
}
