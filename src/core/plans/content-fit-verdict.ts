/**
 * "Is it any good for code?", "can Midjourney make videos?": whether one catalog model is for a kind
 * of content, from its own entry. The kinds it is recorded as decide, or a strength or use of its own
 * that names the content ("generating images through the DALL-E 3 integration"); a model recorded
 * as neither is not said to be good or bad at it, only what the documents do record it as, and the
 * member of its own family that is made for that content, if there is one.
 */
import { CONTENT_WORDS } from '../understand/content-words.js';
import { withArticle } from '../lexicon/case.js';
import { likenedTo } from './likened.js';
import { categoryLabels } from '../../knowledge/catalog-text.js';
import type { CatalogEntry, Passage } from '../../knowledge/types.js';
import { strengthPredicate, strengthsClause } from '../catalog/strengths.js';
import { phraseNamesContent } from '../understand/needs.js';
import type { CategoryMention, Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

/** The catalog's kind of model for each kind of content a question names (text is what an LLM makes). */
const MODEL_KIND: Partial<Record<CategoryMention['category'], string>> = { code: 'code', image: 'image', video: 'video', audio: 'audio', text: 'llm' };



function kindsOf(model: CatalogEntry): string {
  const labels = model.categories.map((c) => categoryLabels[c] ?? c);
  const access = model.access === 'open' ? 'open-source ' : model.access === 'proprietary' ? 'proprietary ' : '';
  const first = `${access}${labels[0]!}`;
  return labels.length > 1 ? `${withArticle(first)} and ${labels.slice(1).map(withArticle).join(' and ')}` : withArticle(first);
}

/** The verdict, or undefined when the question is not of that shape or the entry cannot decide it. */
export function contentFitVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const model = u.models[0];
  const asked = u.categories[0];
  // "Can Sora 2 make music?" sets the model beside the kind of model named by the content: still one model asked of.
  const weighed = u.sides.length >= 2 && !u.sides.every((s) => s.model === model || (!s.model && s.concept));
  if (!model || u.models.length !== 1 || u.categories.length !== 1 || weighed || /\bthan\b/i.test(u.text) || (u.attribute && u.attribute !== 'strengths') || likenedTo(u.text, model)) return undefined;
  if (!asked) return undefined;
  // "Can it read images?", "does it do vision?": what it takes in, from the inputs its entry records.
  if (asked.direction === 'input') return inputVerdict(ctx, model, asked);
  const kind = MODEL_KIND[asked.category];
  if (!kind) return undefined;
  const cites = [ctx.modelPassage(model)].filter((p): p is Passage => p !== undefined);
  const clause = strengthsClause(model.strengths, 2);
  if (model.categories.includes(kind as CatalogEntry['categories'][number])) {
    const label = categoryLabels[kind] ?? kind;
    const also = model.categories[0] !== kind ? ' too' : '';
    return draft(`Yes: my documents list ${model.name} as ${withArticle(label)}${also}${clause ? `; it ${clause}` : ''}.`, model, cites);
  }
  // A strength or use of its own that names the content: "generating images through the DALL-E 3 integration".
  const names = (s: string) => phraseNamesContent(s, asked.category);
  const strength = model.strengths.find(names);
  const predicate = strength ? strengthPredicate(strength) : undefined;
  if (predicate) return draft(`Yes: ${model.name} ${predicate}.`, model, cites);
  const use = model.use_cases.find(names);
  if (use) return draft(`Yes: ${model.name}'s recorded uses include ${use.replace(/\.$/, '')}.`, model, cites);
  // Several kinds of input at once: what it can take in or make is not read off its kinds.
  if (model.categories.includes('multimodal')) return undefined;
  const content = CONTENT_WORDS[asked.category].noun;
  const label = categoryLabels[kind] ?? kind;
  const made = model.family ? ctx.kb.models.find((m) => m !== model && m.family === model.family && m.categories.includes(kind as CatalogEntry['categories'][number])) : undefined;
  const madeClause = made ? strengthsClause(made.strengths, 1) : undefined;
  const sibling = made ? ` For ${content}, its family has ${made.name}${madeClause ? `, which ${madeClause}` : ''}.` : '';
  const knownFor = clause ? ` It ${clause}.` : '';
  const madeCite = made ? ctx.modelPassage(made) : undefined;
  return draft(`Not that my documents record: they list ${model.name} as ${kindsOf(model)}, not as ${withArticle(label)}.${knownFor}${sibling}`, model, madeCite ? [...cites, madeCite] : cites);
}

/** The answer stays about the model asked of: "it" in the next question is still that one. */
function draft(text: string, model: CatalogEntry, cites: Passage[]): Draft {
  return { kind: 'explanation', answered: true, blocks: [{ text, ...(cites[0] ? { passage: cites[0] } : {}) }], cites, models: [model] };
}

/** The catalog's name for each kind of content a model can take in. */
const INPUT_KIND: Partial<Record<CategoryMention['category'], string>> = { image: 'image', video: 'video', audio: 'audio', text: 'text' };

/** "Can GPT-5 see images?": Yes when its entry lists that input; else that the documents record none. */
function inputVerdict(ctx: PlanContext, model: CatalogEntry, asked: CategoryMention): Draft | undefined {
  const kind = INPUT_KIND[asked.category];
  if (!kind || kind === 'text') return undefined;
  const content = CONTENT_WORDS[asked.category].noun;
  const cites = [ctx.modelPassage(model)].filter((p): p is Passage => p !== undefined);
  const inputs = model.modalities.input;
  if (inputs.includes(kind)) return draft(`Yes: my documents list ${content} among what ${model.name} takes as input (${inputs.join(', ')}).`, model, cites);
  return draft(`Not that my documents record: they list no ${kind} input for ${model.name}, ${kindsOf(model)} that takes ${inputs.join(' and ')}.`, model, cites);
}
