/**
 * A model's family: "and haiku?" after Claude 4.5 Sonnet names another member; "the cheap fast
 * sibling of it" asks for one.
 */
import type { CatalogEntry } from '../../../knowledge/types.js';
import { nameTokens } from '../../catalog/model-matcher.js';
import { readCategories } from '../needs.js';
import type { Understanding } from '../types.js';

/** The other members of a model's family (never the family's own entry). */
export function relatives(model: CatalogEntry, catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const family = (m: CatalogEntry) => (m.family && m.family === model.family) || nameTokens(m.name)[0] === nameTokens(model.name)[0];
  return catalog.filter((m) => m !== model && family(m) && !/\b(?:family|series)\b/i.test(m.name));
}

/**
 * "and haiku?" after a question about Claude 4.5 Sonnet: the family member the fragment names. A word
 * the question reads as something else, a kind of content ("is it any good for code?") or a concept
 * ("is it an instruct model?"), names no member, though a member's name holds it ("Code Llama").
 */
export function familyMember(u: Understanding, model: CatalogEntry | undefined, catalog: readonly CatalogEntry[]): CatalogEntry | undefined {
  if (!model) return undefined;
  const own = new Set(nameTokens(model.name));
  const readOtherwise = new Set(u.concepts.flatMap((c) => c.names.flatMap((n) => nameTokens(n))));
  const words = new Set(nameTokens(u.text).filter((t) => !readOtherwise.has(t) && readCategories(t).length === 0));
  const members = relatives(model, catalog);
  const named = members.filter((m) => nameTokens(m.name).some((t) => !own.has(t) && t.length > 2 && words.has(t)));
  // The closest relative: the one sharing most of the previous model's name ("4.5").
  return named.sort((a, b) => nameTokens(b.name).filter((t) => own.has(t)).length - nameTokens(a.name).filter((t) => own.has(t)).length)[0];
}
