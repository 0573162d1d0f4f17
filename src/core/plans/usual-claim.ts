/**
 * "Which open-source LLM do most companies use as the base for fine-tuning?" asks what is usual,
 * not what can be done: the documents' sentence saying which models are most often (most commonly,
 * typically) used that way answers it, where one saying several models can be fine-tuned does not.
 */
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { retrievePassages } from '../evidence/retrieve.js';
import { rankEvidence } from '../evidence/sentences.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';
import { mentions } from './pick-bounds.js';
import type { Pick } from './pick-model.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { boldNames } from '../catalog/name-in-text.js';

/** A sentence that says what is common ("the base models enterprises most often fine-tune"). */
const STATES_USUAL = /\bmost (?:often|commonly|frequently|common|widely used|used|popular)\b|\b(?:usually|typically)\b/i;

/**
 * A model is named by its name, an alias, or its family as written ("Llama 4 and Mistral are…" names
 * Mistral Large; with no family given, the name's first word, capitalised as in the catalog).
 */
function named(text: string, m: CatalogEntry): boolean {
  if ([m.name, ...(m.aliases ?? [])].some((n) => mentions(text, n))) return true;
  const family = m.family ?? m.name.split(/\s+/)[0]!;
  return family.length >= 3 && new RegExp(`(?<!\\w)${escapeRegExp(family)}(?!\\w)`).test(text);
}

/** The documents' sentence on which models are most commonly used for the need, leading the answer; undefined when none says so. */
export function usualClaim(ctx: PlanContext, u: Understanding, picks: readonly Pick[]): Draft | undefined {
  if (!u.choice.asksUsual || picks.length === 0 || u.terms.length === 0) return undefined;
  const candidates = retrievePassages(ctx.index, ctx.concepts, { terms: u.terms, limit: 12 });
  const ranked = rankEvidence(ctx.index, u.terms, candidates, { cue: STATES_USUAL }, 12);
  const pickModels = picks.slice(0, 5).map((p) => p.model);
  const best = ranked.find((e) => e.coverage >= 0.3 && STATES_USUAL.test(e.unit.unit.text) && pickModels.some((m) => named(e.unit.unit.text, m)));
  if (!best) return undefined;
  const text = best.unit.unit.text.replace(/^\s*[-*•]\s+/, '');
  const models = ctx.kb.models.filter((m) => mentions(text, m.name));
  const bold = boldNames(text, models.map((m) => m.name));
  const cites = [best.passage, ...models.map((m) => ctx.modelPassage(m))].filter((p, i, all): p is Passage => p !== undefined && all.indexOf(p) === i);
  return { kind: 'recommendation', answered: true, blocks: [{ text: bold }], cites, models };
}
