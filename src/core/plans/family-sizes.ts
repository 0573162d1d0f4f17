/**
 * "What sizes does the Claude 4.5 family come in?": a family whose sizes the documents give in no
 * parameter counts still comes as models of its own, which answer it better than a refusal does.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Understanding } from '../understand/types.js';
import type { Draft, PlanContext } from './context.js';

/** A group entry, not one model: "Claude 4.5 (series)", "Llama (model family)". */
const GROUP = /\b(?:family|series)\b|\(/i;

/**
 * The models a family entry stands for: those whose family is its name ("Claude 4.5 (series)" →
 * family "Claude 4.5"; "Llama 4" → Llama 4 Scout and Maverick), in catalog order. A model that is
 * one of a wider family ("GPT-5" of "GPT") stands for none, and so does a family of whole series.
 */
function sameLine(models: readonly CatalogEntry[], family: CatalogEntry): CatalogEntry[] {
  const line = family.name.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+(?:family|series|models)$/i, '').toLowerCase();
  // A family of series ("Claude": Claude 4, Claude 4.5…) comes as more than its loose members.
  if (models.some((m) => m.family?.toLowerCase().startsWith(`${line} `))) return [];
  return models.filter((m) => m !== family && m.family?.toLowerCase() === line && !GROUP.test(m.name));
}

/**
 * The members of the one family asked its sizes of, when the documents give it no parameter counts:
 * said as missing, and the models it comes as named, each with what it is known for.
 */
export function familySizes(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!u.ranking.asksSizes || u.attribute !== 'parameters' || u.models.length !== 1) return undefined;
  const family = u.models[0]!;
  const members = sameLine(ctx.kb.models, family);
  if (members.length < 2) return undefined;
  const items = members.map((m) => `- **${m.name}**${m.strengths[0] ? `: ${m.strengths[0]}` : ''}`);
  const lead = `My documents give no parameter counts for ${family.name}, but it comes as ${members.length} models:`;
  const cites = [family, ...members].map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined).slice(0, 4);
  return { kind: 'fact', answered: true, blocks: [{ text: [lead, ...items].join('\n') }], cites, models: members };
}
