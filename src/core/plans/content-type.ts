/**
 * The knowledge's own model type for the content a question asks to make or read, when it is the
 * most specific one ("a voiceover" made: a text-to-speech model; songs: a music generation model).
 * A music model is no answer for speech, nor an access kind ("a proprietary model") for songs.
 */
import { analysed } from '../evidence/analysed.js';
import { categoryConcept } from '../understand/needs.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { displayName, pickFromDefinition } from './pick-wording.js';

/**
 * "Use a text-to-speech model: it turns written text into…": the content's own type with its
 * definition, when that type has no narrower kinds (the answer cannot be more specific) and the
 * question names no other model type. `lead` opens the answer ("My documents name no…").
 */
export function contentType(ctx: PlanContext, u: Understanding, lead = ''): Draft | undefined {
  const concept = categoryConcept(u.categories, ctx);
  if (!concept?.defining || concept.kind !== 'model-type' || concept.narrower.length > 0) return undefined;
  if (u.concepts.some((c) => c.kind === 'model-type' && c !== concept)) return undefined;
  const first = analysed(ctx.index, concept.defining).units[0]?.unit.text;
  if (!first) return undefined;
  const pick = `${lead}Use ${displayName(ctx, concept)}.`;
  const text = pickFromDefinition(concept, first, pick) ?? `${pick} ${first}`;
  return { kind: 'recommendation', answered: true, blocks: [{ text, passage: concept.defining }], concepts: [concept] };
}
