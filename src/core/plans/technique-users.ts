/**
 * "Which models use chain of thought?", "what kind of models rely on diffusion?": the kinds of model
 * whose defining sentence says they are built on the technique asked, with the examples the
 * documents name for them. Not the technique's own definition, which says what it is, not who uses it.
 */
import { analysed } from '../evidence/analysed.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';

const plural = (name: string) => (/s$/i.test(name) ? name : `${name}s`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A defining sentence up to where it stops saying what the thing is (a colon, a semicolon, a comma). */
function whatItIs(sentence: string): string {
  return sentence.split(/[:;,]\s|\s[–—]\s/)[0] ?? sentence;
}

/** The kinds of model built on the one technique the question names; undefined when it asks no users of one. */
export function techniqueUsers(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!u.list.asksUsers || u.models.length > 0) return undefined;
  const techniques = u.concepts.filter((c) => c.kind !== 'model-type');
  const technique = techniques[0];
  if (!technique || techniques.length > 1) return undefined;
  const nameSets = technique.names.map((n) => ctx.index.analyzer.terms(n).filter((t) => !t.startsWith('~'))).filter((ts) => ts.length > 0);
  const namesIt = (terms: ReadonlySet<string>) => nameSets.some((ts) => ts.every((t) => terms.has(t)));
  const users = ctx.concepts.concepts
    .filter((c): c is Concept & { defining: NonNullable<Concept['defining']> } => c.kind === 'model-type' && c !== technique && c.defining !== undefined)
    .map((c) => ({ c, first: analysed(ctx.index, c.defining).units[0] }))
    // Named in what the kind is, before the sentence goes on to how it works: "an LLM tuned to do well
    // at chain-of-thought reasoning: …", not "…: a large transformer trained on web-scale data".
    .filter((x) => x.first !== undefined && namesIt(new Set(ctx.index.analyzer.terms(whatItIs(x.first.unit.text)))))
    .slice(0, 2);
  if (users.length === 0) return undefined;
  const blocks: Block[] = [];
  for (const { c, first } of users) {
    blocks.push({ text: `**${capital(plural(c.name))}** use ${technique.name}: ${first!.unit.text.replace(/\*\*/g, '').replace(/^(A|An|The)\s/, (w) => w.toLowerCase())}`, passage: c.defining });
    // The members the documents name for that kind: "DeepSeek-R1 is the best-known example…".
    const examples = c.aspects.get('examples')?.[0];
    const named = examples ? analysed(ctx.index, examples).units[0] : undefined;
    if (examples && named) blocks.push({ text: named.unit.text, passage: examples });
  }
  return { kind: 'explanation', answered: true, blocks, concepts: users.map((x) => x.c) };
}
