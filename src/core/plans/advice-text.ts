/**
 * Keeping advice on the need: which sentence of an advice section a recommendation quotes first,
 * and which ones it leaves out (a side note about models of another kind, the sentence an "also"
 * leans on when the advice names its own subject).
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { pointsBack, type Evidence } from '../evidence/sentences.js';
import type { Understanding } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';
import { kindTerms } from './need-terms.js';
import { fitsCategory } from './pick-model.js';

/**
 * Whether a sentence names catalog models and none of them is of the kind the question is about (its
 * kinds of content, or a general language model when it names none): a side note for other needs.
 */
export function namesOnlyOtherKinds(ctx: PlanContext, u: Understanding, text: string): boolean {
  const named = ctx.matcher.find(text).map((m) => m.model);
  if (named.length === 0) return false;
  // A model the question names sets the kind too ("VRAM for Stable Diffusion": image models).
  const asked = new Set(u.models.flatMap((m) => m.categories));
  const ofKind = (m: CatalogEntry) => m.categories.some((c) => asked.has(c)) || (u.categories.length > 0 ? u.categories.some((c) => fitsCategory(m, c)) : asked.size === 0 && m.categories.includes('llm'));
  return !named.some(ofKind);
}

/**
 * Advice that covers several kinds of content ("Small models suit fast replies… For images, distilled
 * models generate fastest") is quoted from the sentence on the kind the question is about.
 */
export function forTheKind(ctx: PlanContext, u: Understanding, advice: Evidence, evidence: readonly Evidence[]): Evidence {
  const kind = kindTerms(ctx.index, u.categories);
  const onKind = (e: Evidence) => kind.some((t) => e.unit.terms.has(t));
  if (kind.length === 0 || onKind(advice)) return advice;
  return evidence.find((e) => e.passage === advice.passage && onKind(e) && e.coverage >= 0.4 * advice.coverage) ?? advice;
}

/**
 * Advice whose sentence names its own subject ("Image models are also often fine-tuned to one
 * genre") is quoted from that sentence, not from the unrelated one its "also" leans on.
 */
export function ownSubject(advice: Evidence, evidence: readonly Evidence[], block: Block): Block {
  const own = advice.unit.unit.text;
  // A list is quoted whole, with its lead-in.
  if (block.text.startsWith(own) || pointsBack(own) || advice.unit.unit.bullet || block.text.includes('\n')) return block;
  const before = block.text.slice(0, block.text.indexOf(own));
  const earlier = evidence.filter((e) => e.passage === advice.passage && e.unit.unit.index < advice.unit.unit.index && before.includes(e.unit.unit.text));
  if (earlier.length === 0 || earlier.some((e) => e.coverage >= 0.5 * advice.coverage)) return block;
  return { ...block, text: block.text.slice(before.length).replace(/^(\S+(?:\s\S+){0,4}?)\s(?:also|too|as well)\s/i, '$1 ') };
}
