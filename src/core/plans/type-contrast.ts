/**
 * "Someone suggested diffusion, is there a better fit?": a model-type pick that differs from the
 * type the question puts forward says why it beats that one, in the sentence of a section that sets
 * the two side by side ("VAEs win on controllability…"), not only what the pick is used for.
 */
import type { Passage } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import { pointsBack, rankEvidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { escapeRegExp } from '../lexicon/regexp.js';

const names = (c: Concept, text: string) => c.names.some((n) => n.length > 2 && new RegExp(`(?<![\\w-])${escapeRegExp(n)}`, 'i').test(text));

/** The pick's draft with the sentence that sets it against the type the question suggested. */
export function againstSuggested(ctx: PlanContext, u: Understanding, draft: Draft): Draft {
  const pick = draft.concepts?.[0];
  if (!draft.answered || !pick || pick.kind !== 'model-type') return draft;
  const related = (a: Concept, b: Concept) => a === b || a.narrower.includes(b) || b.narrower.includes(a);
  const suggested = u.concepts.find((c) => c.kind === 'model-type' && !related(c, pick));
  if (!suggested) return draft;
  const said = draft.blocks.map((b) => b.text).join(' ');
  if (names(suggested, said)) return draft;
  // Sections that set the two side by side: the pick's comparisons that name the suggested type.
  const sides = (pick.aspects.get('comparison') ?? []).filter((p: Passage) => names(suggested, p.text));
  if (sides.length === 0) return draft;
  const ranked = rankEvidence(ctx.index, u.terms, sides.map((passage) => ({ passage, score: 1, about: true })), {}, 6);
  const best = ranked.find((e) => names(pick, e.unit.unit.text) && !names(suggested, e.unit.unit.text)) ?? ranked.find((e) => names(pick, e.unit.unit.text));
  if (!best) return draft;
  const units = analysed(ctx.index, best.passage).units;
  const own = best.unit.unit.text;
  // "VAEs win instead on control" leans on the sentence before it, which names the suggested type.
  const before = best.unit.unit.index > 0 ? units[best.unit.unit.index - 1]?.unit.text : undefined;
  const leans = pointsBack(own) || /\binstead\b/i.test(own);
  const text = (leans && before ? `${before} ${own}` : own).replace(/\*\*/g, '');
  if (!names(suggested, text)) return draft;
  const blocks = [...draft.blocks];
  const last = blocks[blocks.length - 1]!;
  blocks[blocks.length - 1] = { ...last, text: `${last.text} ${text}` };
  return { ...draft, blocks, cites: [...(draft.cites ?? []), best.passage] };
}
