/**
 * "Can any of these models see images?", "are there models that can read photos?": whether models
 * read a kind of content. The model type that reads it answers (a vision model, not the image
 * generator that makes pictures), with the catalog models recorded as taking it in.
 */
import { analysed } from '../evidence/analysed.js';
import { categoryConcept } from '../understand/needs.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { fitsCategory } from './pick-model.js';

/** How many catalog models a verdict names as examples. */
const EXAMPLES = 3;

/** The verdict, or undefined when the question names a model, another kind of model, or no one content read. */
export function readerVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const [mention] = u.categories;
  if (u.categories.length !== 1 || mention?.direction !== 'input' || u.models.length > 0 || u.names.length > 0 || u.unknownNames.length > 0) return undefined;
  // Pictures only: the knowledge's reader of them (a vision model) is defined by images, not clips or sound.
  if (mention.category !== 'image') return undefined;
  const reader = categoryConcept(u.categories, ctx);
  if (!reader?.defining) return undefined;
  // "Can an LLM look at pictures?" asks of one kind: that kind's own verdict, not the reader's.
  if (u.concepts.some((c) => c.kind === 'model-type' && c !== reader)) return undefined;
  const first = analysed(ctx.index, reader.defining).units[0];
  if (!first) return undefined;
  const readers = ctx.kb.models.filter((m) => !/\b(?:family|series)\b/i.test(m.name) && fitsCategory(m, mention)).slice(0, EXAMPLES);
  const examples = readers.length > 0 ? ` In my documents, ${readers.map((m) => `**${m.name}**`).join(readers.length > 2 ? ', ' : ' and ').replace(/, ([^,]+)$/, ' and $1')} take images as input.` : '';
  const cites = readers.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
  return { kind: 'explanation', answered: true, blocks: [{ text: `Yes. ${first.unit.text}${examples}`, passage: reader.defining }], cites, models: readers, concepts: [reader] };
}
