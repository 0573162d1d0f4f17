/**
 * "Is there any real difference between X and Y?", "are X and Y the same thing?": a comparison that
 * asks whether two names mean one thing wants that verdict first. The knowledge settles it when one
 * side's definition gives it another name built on the other side's word ("a base LLM, also called a
 * foundation LLM", asked against "foundation model"): the terms overlap, yet each has its own
 * definition, so they are not quite the same.
 */
import type { Concept } from '../lexicon/concepts.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Side, Understanding } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';

export function asksSameOrDifferent(u: Understanding): boolean {
  return u.comparison.asksSame;
}

/** How a document writes a name ("base LLM" for the key "base llm"), when it writes it at all. */
function asWritten(text: string, name: string): string | undefined {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  return at < 0 ? undefined : text.slice(at, at + name.length);
}

/**
 * One side's other name, written in its defining section, that carries every distinctive word of the
 * other side's name: "foundation LLM" (a name of the base LLM) for "foundation model".
 */
function sharedName(ctx: PlanContext, owner: Concept, other: Concept): { owner: string; alias: string } | undefined {
  const text = owner.defining?.text;
  if (!text) return undefined;
  const distinctive = (name: string) => ctx.index.analyzer.terms(name).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t));
  const wanted = distinctive(other.name);
  if (wanted.length === 0) return undefined;
  const otherNames = new Set(other.names.map((n) => n.toLowerCase()));
  for (const alias of owner.names) {
    if (otherNames.has(alias.toLowerCase()) || alias.toLowerCase() === owner.name.toLowerCase()) continue;
    const terms = new Set(distinctive(alias));
    if (!wanted.every((t) => terms.has(t))) continue;
    const written = asWritten(text, alias);
    const ownName = asWritten(text, owner.name) ?? owner.name;
    if (written) return { owner: ownName, alias: written };
  }
  return undefined;
}

/** "Not quite the same, though the terms overlap: a base LLM is also called a foundation LLM." */
export function sameOrDifferentLead(ctx: PlanContext, sides: readonly Side[]): Block | undefined {
  const [a, b] = sides.map((s) => s.concept);
  if (!a || !b || a === b) return undefined;
  const shared = sharedName(ctx, a, b) ?? sharedName(ctx, b, a);
  if (!shared) return undefined;
  const article = /^[aeiou]/i.test(shared.owner) ? 'an' : 'a';
  return { text: `Not quite the same, though the terms overlap: ${article} ${shared.owner} is also called ${/^[aeiou]/i.test(shared.alias) ? 'an' : 'a'} ${shared.alias}.` };
}
