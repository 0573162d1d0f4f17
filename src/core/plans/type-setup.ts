/**
 * How a model-type pick is rounded off: joined to the one variant that is the setup the need asks
 * for ("restyle a photo": image-to-image), and told apart as experimental when its documents say so.
 */
import { analysed } from '../evidence/analysed.js';
import { pointsBack, type Evidence } from '../evidence/sentences.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { kindTerms } from './need-terms.js';
import { lowerFirst } from '../lexicon/case.js';

/** Wording that says a kind of model is not yet mature. */
export const IMMATURE = /\b(?:still|remains?|quite|largely|mostly)\s+(?:quite\s+|very\s+)?experimental\b|\bnot (?:yet )?(?:production[- ]ready|ready for production)\b/i;

/**
 * A type its documents call experimental says so after its definition: the defining section's
 * caveat sentence takes the place of the section's other remarks the pick quoted.
 */
export function withMaturity(ctx: PlanContext, draft: Draft): Draft {
  const pick = draft.concepts?.[0];
  const defining = pick?.kind === 'model-type' ? pick.defining : undefined;
  if (!defining || draft.blocks.length === 0) return draft;
  const units = analysed(ctx.index, defining).units.map((x) => x.unit.text);
  const caveat = units.slice(1).find((t) => IMMATURE.test(t) && !pointsBack(t));
  const last = draft.blocks[draft.blocks.length - 1]!;
  // Only a pick that quotes its definition: its other sentences then stand between it and the caveat.
  if (!caveat || !units[0] || !last.text.includes(units[0].replace(/^\*\*[^*]+\*\*\s*/, '').slice(0, 40))) return draft;
  let text = last.text;
  for (const side of units.slice(1)) if (side !== caveat) text = text.replace(` ${side}`, '');
  if (!text.includes(caveat)) text = `${text} ${caveat.replace(/\*\*/g, '')}`;
  return { ...draft, blocks: [...draft.blocks.slice(0, -1), { ...last, text }] };
}

/**
 * Of the sentences a block quotes, the only one that holds a word of the need beyond its kind of
 * content ("restyled" matched by "image-to-image builds a new picture from an existing one"), lowered
 * to follow a colon; none when no sentence, or more than one, does.
 */
export function settingUp(ctx: PlanContext, u: Understanding, best: Evidence, text: string): string | undefined {
  const kind = new Set(kindTerms(ctx.index, u.categories));
  const telling = u.terms.filter((t) => t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !kind.has(t.term)).map((t) => t.term);
  if (telling.length === 0) return undefined;
  const quoted = analysed(ctx.index, best.passage).units.filter((x) => text.includes(x.unit.text));
  if (quoted.length < 2) return undefined;
  const speaking = quoted.filter((x) => telling.some((t) => x.terms.has(t)));
  if (speaking.length !== 1 || pointsBack(speaking[0]!.unit.text)) return undefined;
  const one = speaking[0]!.unit.text.replace(/\*\*/g, '');
  return lowerFirst(one, ctx.kb.models.map((m) => m.name));
}
