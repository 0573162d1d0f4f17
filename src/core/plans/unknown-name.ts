/**
 * A model name the knowledge does not hold ("Grok 4", "GPT-6"): said plainly, never answered with
 * another model's facts, and followed by what the documents can answer instead: the family members
 * they do cover, or models whose figure of the kind asked for they record.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import { modelFact } from '../catalog/facts.js';
import { nameTokens } from '../catalog/model-matcher.js';
import { ATTRIBUTE_LABELS } from '../understand/attributes.js';
import type { Understanding } from '../understand/types.js';
import { notAnswered, type Draft, type PlanContext } from './context.js';
import { pickModels } from './pick-model.js';

const named = (models: readonly CatalogEntry[]) => {
  const names = models.map((m) => m.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/** Catalog models of the family the unknown name belongs to ("gpt 6" → GPT-5, GPT-5.1…). */
function familyOf(name: string, catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const first = nameTokens(name)[0];
  if (!first || /^\d/.test(first)) return [];
  return catalog.filter((m) => nameTokens(m.name)[0] === first && !/\b(?:family|series)\b/i.test(m.name));
}

export function answerUnknownName(ctx: PlanContext, u: Understanding): Draft {
  // Each name once, however often the message repeats it.
  const names = u.unknownNames.filter((n, i) => u.unknownNames.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
  const said = `My documents don't cover ${names.join(' or ')}, so I can't answer that without guessing.`;
  const attribute = u.attribute && u.attribute !== 'figure' ? u.attribute : undefined;
  const relatives = familyOf(u.unknownNames[0]!, ctx.kb.models).filter((m) => !attribute || modelFact(m, attribute, u.figures));
  if (relatives.length > 0) {
    const what = attribute ? `the ${ATTRIBUTE_LABELS[attribute]} of` : 'questions about';
    return notAnswered('no_answer', `${said} I can answer ${what} ${named(relatives.slice(0, 4))}, which they do cover.`);
  }
  if (!attribute) return notAnswered('no_answer', said);
  const recorded = pickModels(ctx.index, ctx.kb.models, { ...u, unknownNames: [], names: [] })
    .map((p) => p.model)
    .filter((m) => modelFact(m, attribute, u.figures))
    .slice(0, 3);
  if (recorded.length === 0) return notAnswered('no_answer', said);
  return notAnswered('no_answer', `${said} They do record the ${ATTRIBUTE_LABELS[attribute]} of models such as ${named(recorded)}.`);
}
