/**
 * A stated constraint is the need itself: "too slow for a live preview" asks for speed whether or
 * not the question says "fast". Advice is searched with the words the knowledge uses for each
 * constraint the situation states, and the kind of content it concerns, weighed as fully as the
 * question's own words.
 */
import { CONTENT_WORDS } from '../understand/content-words.js';
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import type { CategoryMention, Constraints, Understanding } from '../understand/types.js';
import { setAsidePhrases } from '../understand/term-weights.js';

/** The plain words for a constraint, as advice sections put it. */
const NEED_WORDS: Partial<Record<keyof Constraints, string>> = {
  lowLatency: 'fast speed',
  budget: 'cheap cost',
  privacy: 'private data own servers',
  onDevice: 'mobile on-device',
};

/** The kind of content a situation involves is part of the need too ("image gen is too slow"). */
const CATEGORY_WORDS = (category: CategoryMention['category']): string => CONTENT_WORDS[category].search;

const cache = new WeakMap<SearchIndex, Map<string, string[]>>();

function termsOf(index: SearchIndex, words: string): string[] {
  let known = cache.get(index);
  if (!known) cache.set(index, (known = new Map()));
  let terms = known.get(words);
  if (!terms) known.set(words, (terms = [...new Set(index.analyzer.terms(words))].filter((t) => index.has(t))));
  return terms;
}

/** The index's terms for the kinds of content a question is about ("images" → imag). */
export function kindTerms(index: SearchIndex, categories: readonly CategoryMention[]): string[] {
  return categories.flatMap((c) => termsOf(index, CATEGORY_WORDS(c.category)));
}

/**
 * Whether a sentence is scoped to a kind of content the question does not ask about: "For images,
 * distilled models generate fastest" closes no answer about a chat widget.
 */
export function scopedToOtherKind(index: SearchIndex, categories: readonly CategoryMention[], text: string): boolean {
  const scope = /^\**(?:for|with|when generating|for generating)\s+([^,:]{2,40})[,:]/i.exec(text.trim())?.[1];
  if (!scope) return false;
  const terms = new Set(index.analyzer.terms(scope));
  const asked = new Set(categories.map((c) => c.category));
  const kinds = (Object.keys(CONTENT_WORDS) as Array<CategoryMention['category']>).filter((k) => k !== 'text');
  return kinds.some((k) => !asked.has(k) && termsOf(index, CATEGORY_WORDS(k)).some((t) => terms.has(t)));
}

/**
 * Whether a sentence is scoped to a case the question does not ask about: after "For deep
 * reasoning, use a larger model", "For creative writing, …" answers another question.
 */
export function scopedElsewhere(index: SearchIndex, u: Understanding, text: string): boolean {
  const scope = /^\**for\s+([^,:*]{2,40})\**[,:]/i.exec(text.trim())?.[1];
  if (!scope) return false;
  const asked = new Set(u.terms.filter((t) => t.weight >= 0.5).map((t) => t.term));
  return !index.analyzer.terms(scope).some((t) => asked.has(t));
}

/** The question's terms, with the words of each constraint it states added or raised to full weight. */
export function withNeedTerms(index: SearchIndex, u: Understanding): Understanding {
  const weights = new Map(u.terms.map((t) => [t.term, t.weight]));
  let changed = false;
  // A need carried from the thread ("and for deep reasoning?" after "fast responses") is no longer the topic.
  const stated = u.statedConstraints ?? u.constraints;
  for (const [key, words] of Object.entries(NEED_WORDS) as Array<[keyof Constraints, string]>) {
    if (!stated[key]) continue;
    for (const term of termsOf(index, words)) {
      if ((weights.get(term) ?? 0) >= 1) continue;
      weights.set(term, 1);
      changed = true;
    }
  }
  // Only with a constraint: the kind of content alone is already what the plan filters on.
  if (changed) {
    for (const term of kindTerms(index, u.categories)) if ((weights.get(term) ?? 0) < 1) weights.set(term, 1);
  }
  if (!changed) return u;
  const terms: WeightedTerm[] = [...weights].map(([term, weight]) => ({ term, weight }));
  return { ...u, terms };
}

/** The words a question uses for the kind of pick it wants: "what's the approach" asks for one, it is not a topic. */
const KIND_WORDS: Record<string, string> = {
  approach: 'approach approaches method strategy',
  setting: 'setting settings knob parameter',
  benchmark: 'benchmark benchmarks eval evals leaderboard leaderboards metric metrics score scores suite',
  'size-class': 'size sizes',
  'model-type': 'kind type sort',
  deployment: 'deployment deploy',
};

/**
 * What every pick of the kind does (a benchmark evaluates, measures, is checked): words that tell
 * one such pick from another no more than the kind's own name does.
 */
const KIND_VERBS: Record<string, string> = {
  benchmark: 'evaluate evaluating evaluation measure measures test tests check checks look pick picking choose choosing select selecting decide matter matters compare comparing',
};

/**
 * Whether the question sets aside the very kind of pick it seems to ask for: "besides benchmarks,
 * what should we track?" wants something other than a benchmark.
 */
export function setsAsideKind(index: SearchIndex, u: Understanding, target: string): boolean {
  const words = KIND_WORDS[target];
  if (!words) return false;
  const kind = new Set(index.analyzer.terms(words));
  return setAsidePhrases(u.text).some((phrase) => index.analyzer.terms(phrase).some((t) => kind.has(t)));
}

/** The question without the words that only name the kind of pick it asks for, for judging whether text answers it. */
export function withoutKindWords(index: SearchIndex, u: Understanding, target: string): Understanding {
  return withoutWords(index, u, KIND_WORDS[target]);
}

/**
 * The need a pick of the kind is told apart by: the question without the kind's name and what every
 * pick of it does ("which benchmark to evaluate coding agents?" is about coding agents). Kinds with
 * no such verbs keep the question whole: a setting's name is how its sections say what it controls.
 */
export function pickNeed(index: SearchIndex, u: Understanding, target: string): Understanding {
  const verbs = KIND_VERBS[target];
  if (!verbs) return u;
  const need = withoutWords(index, u, `${KIND_WORDS[target] ?? ''} ${verbs}`);
  // "A coding assistant", "our image chatbot": the kind of content is the task a benchmark is told
  // apart by; the product's form ("assistant", which a chatbot benchmark speaks of) is no task.
  return need.categories.length > 0 ? withoutWords(index, need, PRODUCT_FORMS) : need;
}

/** Words for the form a product takes, whatever it works on. */
const PRODUCT_FORMS = 'assistant assistants chatbot chatbots bot bots tool tools app apps copilot copilots helper helpers product products';

function withoutWords(index: SearchIndex, u: Understanding, words: string | undefined): Understanding {
  if (!words) return u;
  const drop = new Set(index.analyzer.terms(words));
  const terms = u.terms.filter((t) => !drop.has(t.term));
  return terms.length === u.terms.length || terms.length === 0 ? u : { ...u, terms };
}
