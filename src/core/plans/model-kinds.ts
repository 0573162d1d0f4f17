/**
 * The kinds of model a catalog entry is, as concepts the knowledge defines: its architecture (a GAN,
 * a diffusion model), the kind of content it makes (an image generation model) and its access (an
 * open source or a proprietary model). What the documents say of a kind holds for its members: the
 * catch with Stable Diffusion 3.5 is the catch with open models and with diffusion models.
 */
import { categoryLabels } from '../../knowledge/catalog-text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { linkTokens } from '../lexicon/phrases.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import type { PlanContext } from './context.js';

/** Catalog categories that name an architecture rather than the kind of content made. */
export const ARCHITECTURES = ['gan', 'vae', 'world', 'multimodal'];

const types = new WeakMap<object, Concept | null>();

/** The model-type concept a phrase ends with ("a notable image diffusion model"), when the knowledge defines it. */
function definedType(ctx: PlanContext, name: string): Concept | undefined {
  const tokens = linkTokens(name);
  return ctx.concepts.dictionary.find(tokens).find((f) => f.end === tokens.length && f.value.kind === 'model-type' && f.value.defining !== undefined)?.value;
}

/**
 * The model type a catalog entry is: its architecture category (a GAN, a VAE), or the type its notes
 * say it is ("DALL-E 3 is a diffusion model."), when the knowledge defines that type.
 */
export function typeOf(ctx: PlanContext, model: CatalogEntry): Concept | undefined {
  const known = types.get(model);
  if (known !== undefined) return known ?? undefined;
  // "…names Stable Diffusion as a notable image diffusion model": the type named in the phrase.
  // Only the phrase's head: "a modification of the image diffusion architecture" is no diffusion model.
  const category = model.categories.find((c) => ARCHITECTURES.includes(c));
  const label = category ? (categoryLabels[category] ?? category) : undefined;
  let type = label ? definedType(ctx, label) : undefined;
  const names = [model.name, ...(model.aliases ?? [])].map(escapeRegExp).join('|');
  for (const note of category ? [] : model.notes) {
    const said = new RegExp(`\\b(?:${names})\\s+(?:is|as)\\s+an?\\s+([^;,.()]+)`, 'i').exec(note)?.[1];
    type = said ? definedType(ctx, said) : undefined;
    if (type) break;
  }
  types.set(model, type ?? null);
  return type;
}

const kinds = new WeakMap<object, readonly Concept[]>();

/**
 * Every kind a model is that the knowledge defines, the one that decides how it is run first: its
 * access (open weights or proprietary), its architecture, then the kinds of content it makes.
 */
export function modelKinds(ctx: PlanContext, model: CatalogEntry): readonly Concept[] {
  const known = kinds.get(model);
  if (known) return known;
  const access = model.access ? definedType(ctx, `${model.access} model`) : undefined;
  const made = model.categories.map((category) => definedType(ctx, (categoryLabels[category] ?? category).replace(/\s*\(.*\)$/, '')));
  const found = [access, typeOf(ctx, model), ...made].filter((c): c is Concept => c !== undefined && c.kind === 'model-type');
  const out = [...new Set(found)];
  kinds.set(model, out);
  return out;
}
