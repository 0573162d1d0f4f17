/**
 * "What kind of model makes fake transaction records?" answered from the catalog: the model type of
 * the models that make that kind of content, with those of the type that fit as examples and the
 * use that fits said of the pick.
 */
import type { Passage } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { blockFrom } from '../compose/blocks.js';
import { rankEvidence } from '../evidence/sentences.js';
import { retrievePassages } from '../evidence/retrieve.js';
import type { Target, Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { ARCHITECTURES, typeOf } from './model-kinds.js';
import { displayName, listed, useSentence } from './pick-wording.js';
import { analysed } from '../evidence/analysed.js';
import { pickModels } from './pick-model.js';
import { categoryTerms } from '../understand/needs.js';

/**
 * "What kind of model makes fake transaction records?": the model type of the catalog models that
 * make that kind of content (CTGAN and TabGAN are GANs), when the knowledge defines that type.
 * With `anyType`, also when the top pick's type comes only from its notes ("DALL-E 3 is a diffusion
 * model"): the fallback for advice that finds no type or only a too general one.
 */
/** Whether the question asks for the type that leads now (see `asksLeader`). */
export const asksLeadingType = (u: Understanding): boolean => asksLeader(u);

export function typeOfFittingModels(ctx: PlanContext, u: Understanding, anyType = false): Draft | undefined {
  if (u.categories.length === 0 || ctx.kb.models.length === 0) return undefined;
  const picks = pickModels(ctx.index, ctx.kb.models, u).filter((p) => p.score > 0 || p.matched > 0);
  const first = picks[0];
  const topType = first ? typeOf(ctx, first.model) : undefined;
  if (!first || !topType) return undefined;
  // Where the catalog's category is itself an architecture (GAN, VAE), it speaks for the pick; a type
  // only the notes give ("is a diffusion model") is the caller's fallback (see `anyType`).
  if (!anyType && !first.model.categories.some((c) => ARCHITECTURES.includes(c))) return undefined;
  // The top pick's type is the answer when its entry claims the very thing asked ("the most
  // realistic synthetic faces"); otherwise the type most of the content's makers are: two GANs among
  // a dozen image models, most of them diffusion models, say diffusion leads for images today.
  const makers = pickModels(ctx.index, ctx.kb.models, { ...u, terms: [] });
  const counts = new Map<Concept, number>();
  for (const p of makers) {
    const t = typeOf(ctx, p.model);
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const [leader, most] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [topType, 0];
  const concept = claimsTheContent(ctx, u, first.strengths) || most <= (counts.get(topType) ?? 0) ? topType : leader;
  // The examples are models of that type that fit the need: a face generator is a GAN, but no
  // example of one for fake transaction records.
  const best = Math.max(...picks.filter((p) => typeOf(ctx, p.model) === concept).map((p) => p.score), 0);
  const fitting = picks.filter((p) => typeOf(ctx, p.model) === concept && (p.score >= best * 0.25 || p.matched > 0)).slice(0, 3);
  if (fitting.length === 0) return undefined;
  const uses = concept.aspects.get('uses')?.[0];
  const section = uses ?? concept.defining!;
  const ranked = rankEvidence(ctx.index, u.terms, [{ passage: section, score: 1, about: true }]);
  const top = ranked[0];
  if (!top) return undefined;
  const names = fitting.map((p) => p.model.name);
  const examples = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  const lead = `Use ${displayName(ctx, concept)}, such as ${examples}.`;
  // Asked which type leads, the type picked for leading is said with the documents' word that it does.
  const leads = asksLeader(u) ? leadingSentence(ctx, u, concept) : undefined;
  if (leads) return { kind: 'recommendation', answered: true, blocks: [{ text: `${lead} ${leads.text}`, passage: leads.passage }], cites: fitting.map((p) => ctx.modelPassage(p.model)).filter((p): p is Passage => p !== undefined), concepts: [concept], models: fitting.map((p) => p.model) };
  // The one use that fits the question, not the section's whole list of uses, said of the pick.
  const use = blockFrom(top, { maxChars: 360, maxUnits: 2, itemOnly: true, minCoverage: 0.15, coverageOf: (x) => ranked.find((e) => e.unit === x)?.coverage ?? 0 });
  // A list no item of which speaks to the need is said by its lead-in ("Diffusion models are used
  // wherever an application needs high-quality images"); a bare item is what the type is used for.
  const said = listed(use.text) ? use.text.split('\n')[0]!.replace(/:\s*$/, '.') : use.text;
  const item = analysed(ctx.index, use.passage ?? section).units.some((x) => x.unit.bullet && x.unit.text.replace(/^\s*[-*•]\s+/, '') === said.trim());
  const text = `${lead} ${useSentence(said, item)}`;
  return { kind: 'recommendation', answered: true, blocks: [{ text, passage: use.passage }], cites: fitting.map((p) => ctx.modelPassage(p.model)).filter((p): p is Passage => p !== undefined), concepts: [concept], models: fitting.map((p) => p.model) };
}

/**
 * "What type of model for photorealistic product shots?": when advice finds no type, or only one
 * above the type the content's models are ("a generative AI model" where they are diffusion
 * models), or one whose definition names that type as how it is done, the type the catalog's
 * models are is the pick.
 */
export function orFittingType(ctx: PlanContext, u: Understanding, target: Target, draft: Draft): Draft {
  if (target !== 'model-type') return draft;
  // Only a draft that names a type as its pick ("Use a generative AI model."): advice that says
  // what to do ("For images, distilled models generate fastest") stands.
  const picked = draft.answered && /^(?:Use|\*\*An?\s)/.test(draft.blocks[0]?.text ?? '') ? draft.concepts?.[0] : undefined;
  if (draft.answered && !picked) return draft;
  const fitting = typeOfFittingModels(ctx, u, true);
  const type = fitting?.concepts?.[0];
  if (!fitting || !type) return draft;
  let above = type.broader;
  while (above && above !== picked) above = above.broader;
  // "An image generation model… most modern ones do it with diffusion": a pick whose own definition
  // names the models' type as how it is done today gives way to that type.
  const definition = picked?.defining?.text.toLowerCase() ?? '';
  const namesType = picked !== undefined && picked !== type && type.names.some((n) => n.length > 3 && new RegExp(`\\b${escapeRegExp(n.toLowerCase())}\\b`).test(definition));
  return !draft.answered || above === picked || namesType ? fitting : draft;
}

/** "The most realistic images today", "which architecture leads…": the type that leads now is asked. */
function asksLeader(u: Understanding): boolean {
  return u.superlative === 'max' || u.choice.asksCurrent;
}

/** Words by which the documents say a type leads its field ("the dominant architecture", "replaced GANs"). */
const LEADING = /\b(?:dominant|dominates|leads|leading|the standard|replaced|most (?:common|widely used|popular))\b/i;

/**
 * The sentence of a type's own sections that says it leads for the content asked ("In 2026 diffusion
 * is the dominant architecture for generating images."), with the one after it when that goes on
 * about the same lead, or none.
 */
function leadingSentence(ctx: PlanContext, u: Understanding, concept: Concept): { text: string; passage: Passage } | undefined {
  const kind = new Set(categoryTerms(u.categories, ctx));
  // Its own sections first, then any section that speaks of it and of the content ("Diffusion models today").
  const named = ctx.index.analyzer.terms(concept.name).map((term) => ({ term, weight: 1 }));
  const found = retrievePassages(ctx.index, ctx.concepts, { terms: [...named, ...[...kind].map((term) => ({ term, weight: 0.5 }))], concepts: [concept], limit: 6, filter: (p) => !p.tags.includes('catalog') }).map((c) => c.passage);
  for (const passage of [...new Set([...concept.passages, ...found])]) {
    const units = analysed(ctx.index, passage).units;
    // The type is what leads: named before the word that says so ("diffusion models replaced GANs"), not after it.
    const leadsHere = (text: string) => {
      const word = LEADING.exec(text);
      return word !== null && concept.names.some((n) => { const at = text.search(new RegExp(`\\b${escapeRegExp(n.split(' ')[0]!)}`, 'i')); return at >= 0 && at < word.index; });
    };
    const at = units.findIndex((x) => !x.unit.bullet && leadsHere(x.unit.text) && [...kind].some((t) => x.terms.has(t)));
    if (at < 0) continue;
    const next = units[at + 1];
    const more = next && !next.unit.bullet && leadsHere(next.unit.text) ? ` ${next.unit.text}` : '';
    return { text: `${units[at]!.unit.text}${more}`.replace(/\*\*/g, ''), passage };
  }
  return undefined;
}

/** Whether a pick's matched strengths name the very thing asked for ("faces"), beyond its kind of content. */
function claimsTheContent(ctx: PlanContext, u: Understanding, strengths: readonly string[]): boolean {
  const asked = new Set(u.terms.filter((t) => t.weight >= 0.8 && !t.term.startsWith('~')).map((t) => t.term));
  const generic = new Set(categoryTerms(u.categories, ctx));
  return strengths.some((s) => ctx.index.analyzer.terms(s).some((t) => asked.has(t) && !generic.has(t) && !QUALITY_TERMS.has(t)));
}

/** Words of how good output looks, and of making it: every image model claims them, so they pick no architecture. */
const QUALITY_TERMS = new Set(['realist', 'photorealist', 'qualiti', 'high', 'best', 'sharp', 'produc', 'generat', 'make', 'creat', 'output']);

