/**
 * A follow-up asking for another model than the one the last answer picked: "any cheaper
 * alternative?", "is there a Google option?", "what about something proprietary?" name what the other
 * model must be (cheaper, by that developer, of that access); "how does it compare to the runner-up?"
 * weighs the pick against the first alternative the answer offered, "is the runner-up cheaper?" on that
 * figure, and "second best?" asks for that alternative.
 */
import { fold, words } from '../../knowledge/search/text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { AlternativeAsk, Understanding } from './types.js';

/** Wording that asks for another one: "an alternative", "any option", "something", "anything else". */
const ANOTHER = /\b(?:alternatives?|options?|choices?|instead|something|anything|else|others?|another)\b/i;
/** The second of the answer's models: "the runner-up", "the second best", "the next best one". */
const RUNNER_UP = /\brunners?[- ]?up\b|\bsecond[- ](?:best|place|choice|pick|option)\b|\bnext[- ]best\b|\bnumber two\b/i;
/** Wording that weighs two things against each other. */
const WEIGHS = /\b(?:compare[sd]?|comparison|differ\w*|difference|vs\.?|versus|stack up|side by side|better|worse)\b/i;
const CLOSED = /\b(?:proprietary|closed(?:[- ]?(?:source|weights?))?)\b/i;
const OPEN = /\bopen[- ]?(?:source|weights?|models?)\b|\bself-?hostable\b/i;
/** "Is it from Google?" asks about the pick itself, not for another model. */
const OF_PICK = /\b(?:it|its|it's|that|this|they)\b/i;
const FIGURES: ReadonlySet<string> = new Set(['pricing', 'context_window', 'benchmark']);

/** A developer's name as words, with the catalog's spelling ("Microsoft / OpenAI" gives two). */
interface DeveloperName {
  name: string;
  words: string[];
}

const developerNames = new WeakMap<readonly CatalogEntry[], DeveloperName[]>();

/** The developers the catalog records, read once per catalog. */
function developersOf(catalog: readonly CatalogEntry[]): DeveloperName[] {
  let names = developerNames.get(catalog);
  if (!names) {
    const all = new Set(catalog.flatMap((m) => (m.developer ?? '').split('/').map((d) => d.trim()).filter(Boolean)));
    names = [...all].map((name) => ({ name, words: words(fold(name)) })).filter((d) => d.words.length > 0);
    developerNames.set(catalog, names);
  }
  return names;
}

/** Whether a model is made by a developer (alone or jointly: "Microsoft / OpenAI"). */
export function madeBy(model: CatalogEntry, developer: string): boolean {
  return (model.developer ?? '').split('/').some((d) => d.trim() === developer);
}

/** The developer a question names, all of its words present ("Stability AI", "Google"). */
export function developerNamed(text: string, catalog: readonly CatalogEntry[]): string | undefined {
  const said = new Set(words(fold(text)));
  return developersOf(catalog).find((d) => d.words.every((w) => said.has(w)))?.name;
}

/** What another model than the pick is asked to be, or undefined when the question asks no such thing. */
export function alternativeAsked(u: Understanding, catalog: readonly CatalogEntry[]): AlternativeAsk | 'runner-up' | undefined {
  if (u.models.length > 0) return undefined;
  if (RUNNER_UP.test(u.text)) return WEIGHS.test(u.text) || (u.attribute && FIGURES.has(u.attribute) && u.superlative) ? 'runner-up' : { second: true };
  const developer = developerNamed(u.text, catalog);
  // "What about Google?" asks it without a word for another one; "is it from Google?" asks of the pick.
  if (!ANOTHER.test(u.text) && !(developer && !OF_PICK.test(u.text))) return undefined;
  const access = CLOSED.test(u.text) ? 'proprietary' : OPEN.test(u.text) ? 'open' : undefined;
  const by = u.attribute && FIGURES.has(u.attribute) && u.superlative ? { attribute: u.attribute as 'pricing' | 'context_window' | 'benchmark', direction: u.superlative } : undefined;
  if (!developer && !access && !by) return undefined;
  return { ...(by ? { by } : {}), ...(developer ? { developer } : {}), ...(access ? { access } : {}) };
}

/** The follow-up resolved for the alternative asked: the pick against its runner-up, or the ask recorded for the plan. */
export function withAlternative(out: Understanding, asked: AlternativeAsk | 'runner-up'): Understanding {
  const pick = out.pick;
  if (!pick) return out;
  if (asked !== 'runner-up') return { ...out, alternative: asked };
  const second = pick.alternatives[0];
  if (!second) return out;
  // "Is the runner-up cheaper?" weighs it against the pick on that figure; "how does it compare…" in full.
  const onFigure = !WEIGHS.test(out.text);
  const models = onFigure ? [second, pick.model] : [pick.model, second];
  return { ...out, intent: onFigure ? 'yesno' : 'comparison', models, sides: models.map((m) => ({ text: m.name, model: m })), concepts: [] };
}

/** "What models does Anthropic make?", "list Google's models", "which LLMs come from Meta": models asked for by who makes them. */
const MODELS_OF = /\b(?:models|llms|products|tools|options|lineup|line-up)\b|\bwhat (?:else )?(?:does|do|has|have|did) .{1,30}\b(?:make|makes|made|build|builds|built|offer|offers|sell|sells|ship|ships|release|released|have)\b/i;

/** The developer whose models a question asks for, when it asks for models by their maker and names no model. */
export function makerAsked(text: string, models: readonly CatalogEntry[], catalog: readonly CatalogEntry[]): string | undefined {
  if (models.length > 0 || !MODELS_OF.test(text)) return undefined;
  return developerNamed(text, catalog);
}
