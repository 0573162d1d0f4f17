/**
 * "Is it an instruct model?", "is GPT-5 a reasoning model?": whether one catalog model is of a kind of
 * model the knowledge defines, from its own entry. The kinds it is recorded as decide, or its name or
 * a phrase of its entry that names the kind ("Llama 4 Maverick Instruct", "instruction-tuned"); an
 * entry that says neither is not said to be or not be one: the answer says the documents do not
 * say, and what they do record it as. Never the definition of the kind in place of the verdict.
 */
import { withArticle } from '../lexicon/case.js';
import { likenedTo } from './likened.js';
import { categoryLabels } from '../../knowledge/catalog-text.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { strengthsClause } from '../catalog/strengths.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';


/** The model as the catalog records it: "an open-source large language model (LLM)". */
function recordedAs(model: CatalogEntry): string {
  const labels = model.categories.map((c) => categoryLabels[c] ?? c);
  const access = model.access === 'open' ? 'open-source ' : model.access === 'proprietary' ? 'proprietary ' : '';
  const first = withArticle(`${access}${labels[0] ?? 'AI model'}`);
  return labels.length > 1 ? `${first} (also ${labels.slice(1).map(withArticle).join(' and ')})` : first;
}

/** The catalog category a kind of model is ("reasoning model" is the category reasoning), if any. */
function categoryOf(kind: Concept): string | undefined {
  const names = new Set([kind.name, ...kind.names].map((n) => n.toLowerCase()));
  return Object.entries(categoryLabels).find(([c, label]) => names.has(label.toLowerCase()) || names.has(`${c} model`) || names.has(`${c} models`))?.[0];
}

/** The stem of a kind's name that marks a model as one of it ("instruct" of "instruct model", "instruction-tuned"). */
function markers(kind: Concept): RegExp[] {
  const stems = [kind.name, ...kind.names]
    .map((n) => n.toLowerCase().replace(/\s+(?:models?|llms?|variants?|versions?)$/, '').trim())
    .filter((n) => n.length >= 4 && !/\s(?:models?|llms?)\b/.test(n));
  return [...new Set(stems)].map((s) => new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]?')}\\b`, 'i'));
}

export function modelKindVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const model = u.models[0];
  const kinds = u.concepts.filter((c) => c.kind === 'model-type');
  if (!model || u.models.length !== 1 || kinds.length !== 1 || u.concepts.length !== 1 || u.categories.length > 0 || likenedTo(u.text, model)) return undefined;
  // "…the raw base model or something else?" weighs the kind against another answer: the documents' sentence decides.
  if ((u.attribute && u.attribute !== 'strengths') || /\bor\b/i.test(u.text)) return undefined;
  const kind = kinds[0]!;
  // "Is Claude Haiku 4.5 a reasoning model?" sets the model beside the kind: still one model asked of.
  if (u.sides.length > 2 || (u.sides.length === 2 && !u.sides.every((s) => s.model === model || (!s.model && s.concept === kind)))) return undefined;
  const cites = [ctx.modelPassage(model)].filter((p): p is Passage => p !== undefined);
  // Named as a kind of model ("base model"), not by its shorthand ("base llm").
  const label = [kind.name, ...kind.names].find((n) => /\smodel$/i.test(n)) ?? kind.name;
  const category = categoryOf(kind);
  if (category && model.categories.includes(category as CatalogEntry['categories'][number])) {
    const clause = strengthsClause(model.strengths, 1);
    return draft(`Yes: my documents list ${model.name} as ${withArticle(categoryLabels[category] ?? label)}${clause ? `; it ${clause}` : ''}.`, model, cites);
  }
  // Its name or a phrase of its entry names the kind: "Llama 4 Maverick Instruct", "instruction-tuned".
  const signs = markers(kind);
  if (signs.some((re) => re.test(model.name))) return draft(`Yes: ${model.name} is ${withArticle(label)}, as its name says; my documents list it as ${recordedAs(model)}.`, model, cites);
  const said = [...model.strengths, ...model.use_cases, ...model.notes].find((s) => signs.some((re) => re.test(s)));
  // Said plainly ("Midjourney is a diffusion model") it is a yes; hedged or denied, the entry's words stand alone.
  if (said) return draft(/\b(?:not|no|never|isn'?t|aren'?t|doesn'?t|without)\b/i.test(said) ? `My documents' entry for ${model.name} says: ${said.replace(/\.$/, '')}.` : `Yes: ${said.replace(/\.$/, '')}.`, model, cites);
  // A category of its own it is not recorded as, for a model whose kinds are all recorded.
  if (category && !model.categories.includes('multimodal')) return draft(`Not that my documents record: they list ${model.name} as ${recordedAs(model)}, not as ${withArticle(categoryLabels[category] ?? label)}.`, model, cites);
  const clause = strengthsClause(model.strengths, 2);
  return draft(`My documents don't say whether ${model.name} is ${withArticle(label)}: they list it as ${recordedAs(model)}${clause ? ` that ${clause}` : ''}.`, model, cites);
}

/** The answer stays about the model asked of: "it" in the next question is still that one. */
function draft(text: string, model: CatalogEntry, cites: Passage[]): Draft {
  return { kind: 'explanation', answered: true, blocks: [{ text, ...(cites[0] ? { passage: cites[0] } : {}) }], cites, models: [model] };
}
