/**
 * The model beneath a product leads the answer to "what model does X run on?": the sentence of the
 * documents (or of the catalog's notes on X) that states the relation and names the models, before
 * whatever the plan says of X itself.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import { retrievePassages } from '../evidence/retrieve.js';
import type { Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';

/** Wording by which a sentence states what a product runs on. */
const STATES = /\b(?:runs? on|powered by|built on|based on|behind it|serves|using|uses)\b/i;
/** Catalog entries that stand for a whole line of models, not one the product runs on. */
const LINE = /\b(?:family|series)\b|\(/i;

/** How well a sentence says what `model` runs on: the other models it names, versioned ones counting most. */
function named(ctx: PlanContext, model: CatalogEntry, text: string): number {
  const verb = STATES.exec(text);
  if (!verb) return 0;
  // The product before the verb ("ChatGPT runs on…", a note's "It serves…"), the models after it:
  // "ChatGPT runs on GPT-5" says nothing of what GPT-5 runs on.
  const before = text.slice(0, verb.index);
  if (!ctx.matcher.find(before).some((m) => m.model === model) && !/^(?:It|Its)\b/.test(before)) return 0;
  const others = [...new Set(ctx.matcher.find(text.slice(verb.index)).map((m) => m.model))].filter((m) => m !== model && m.family !== model.name);
  return others.reduce((n, m) => n + (LINE.test(m.name) ? 0.5 : 1), 0);
}

/** The sentence that states which models the named product runs on, with its passage when from a document. */
function statement(ctx: PlanContext, model: CatalogEntry): Block | undefined {
  const terms = ctx.index.analyzer.terms(model.name).filter((t) => !t.startsWith('~')).map((term) => ({ term, weight: 1 }));
  const own = new Set(terms.map((t) => t.term));
  let best: { block: Block; score: number } | undefined;
  for (const hit of retrievePassages(ctx.index, ctx.concepts, { terms, limit: 6, filter: (p) => !p.tags.includes('catalog') })) {
    for (const x of analysed(ctx.index, hit.passage).units) {
      if (![...own].every((t) => x.terms.has(t))) continue;
      const score = named(ctx, model, x.unit.text);
      if (score > (best?.score ?? 0)) best = { block: { text: x.unit.text, passage: hit.passage }, score };
    }
  }
  for (const note of model.notes) {
    const score = named(ctx, model, note);
    if (score > (best?.score ?? 0)) best = { block: { text: note, ...(ctx.modelPassage(model) ? { passage: ctx.modelPassage(model)! } : {}) }, score };
  }
  return best && best.score >= 1 ? best.block : undefined;
}

/** The answer with the sentence naming the models beneath the product first, the plan's own lead after it less that sentence. */
export function underlyingFirst(ctx: PlanContext, u: Understanding, draft: Draft): Draft {
  const model = u.models.length === 1 ? u.models[0]! : undefined;
  if (!u.asksUnderlying || !model) return draft;
  const lead = statement(ctx, model);
  const first = draft.answered ? draft.blocks[0] : undefined;
  if (!lead || (first && first.text.startsWith(lead.text))) return draft;
  const rest = first ? first.text.replace(lead.text, '').replace(/\s{2,}/g, ' ').trim() : '';
  const blocks = rest && named(ctx, model, rest) < 1 ? [lead, { ...first!, text: rest }] : [lead];
  return { ...draft, kind: draft.answered ? draft.kind : 'fact', answered: true, blocks, models: [model, ...(draft.models ?? []).filter((m) => m !== model)] };
}
