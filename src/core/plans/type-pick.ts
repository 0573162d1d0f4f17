/**
 * "What kind of model makes fake transaction records?" answered from the catalog: the model type of
 * the models that make that kind of content, with those of the type that fit as examples and the
 * use that fits said of the pick.
 */
import { categoryLabels } from '../../knowledge/catalog-text.js';
import type { Passage } from '../../knowledge/types.js';
import { blockFrom } from '../compose/blocks.js';
import { rankEvidence } from '../evidence/sentences.js';
import { linkTokens } from '../lexicon/phrases.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { displayName, useSentence } from './pick-wording.js';
import { pickModels } from './pick-model.js';

/**
 * "What kind of model makes fake transaction records?": the model type of the catalog models that
 * make that kind of content (CTGAN and TabGAN are GANs), when the knowledge defines that type.
 */
export function typeOfFittingModels(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (u.categories.length === 0 || ctx.kb.models.length === 0) return undefined;
  const picks = pickModels(ctx.index, ctx.kb.models, u).filter((p) => p.score > 0 || p.matched > 0);
  // Only where the catalog's category is itself an architecture (GAN, VAE), not the kind of content.
  const category = picks[0]?.model.categories.find((c) => ARCHITECTURES.has(c));
  if (!category) return undefined;
  // The examples are models of that type that fit the need: a face generator is a GAN, but no
  // example of one for fake transaction records.
  const best = picks[0]!.score;
  const fitting = picks.filter((p) => p.model.categories.includes(category) && (p.score >= best * 0.25 || p.matched > 0)).slice(0, 3);
  const label = categoryLabels[category] ?? category;
  const concept = ctx.concepts.dictionary.find(linkTokens(label.replace(/\s*\(.*\)$/, '')))[0]?.value ?? ctx.concepts.dictionary.find(linkTokens(label))[0]?.value;
  if (!concept?.defining || concept.kind !== 'model-type') return undefined;
  const uses = concept.aspects.get('uses')?.[0];
  const section = uses ?? concept.defining;
  const ranked = rankEvidence(ctx.index, u.terms, [{ passage: section, score: 1, about: true }]);
  const top = ranked[0];
  if (!top) return undefined;
  const names = fitting.map((p) => p.model.name);
  const examples = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  const lead = `Use ${displayName(ctx, concept)}, such as ${examples}.`;
  // The one use that fits the question, not the section's whole list of uses, said of the pick.
  const use = blockFrom(top, { maxChars: 360, maxUnits: 2, itemOnly: true, minCoverage: 0.15, coverageOf: (x) => ranked.find((e) => e.unit === x)?.coverage ?? 0 });
  const text = `${lead} ${useSentence(use.text)}`;
  return { kind: 'recommendation', answered: true, blocks: [{ text, passage: use.passage }], cites: fitting.map((p) => ctx.modelPassage(p.model)).filter((p): p is Passage => p !== undefined), concepts: [concept], models: fitting.map((p) => p.model) };
}

/** Catalog categories that name an architecture rather than the kind of content made. */
const ARCHITECTURES = new Set(['gan', 'vae', 'world', 'multimodal']);
