/**
 * A ranking or a superlative over things that are not models: "rank the ways to get a model into
 * production by cost", "the fastest path to production", "which adaptation technique is cheapest?".
 * The documents put a cost or a time on each of those things; a catalog of models ranked on its
 * price table answers another question.
 */
import type { ItemRanking } from './types.js';
import { MODEL_NOUNS } from './target.js';

/** Head nouns of things a team does or picks, not models: what an item ranking is over. */
const ITEM_NOUN = String.raw`(?:ways?|paths?|routes?|approach(?:es)?|methods?|tiers?|class(?:es)?|stages?|steps?|techniques?|strateg(?:y|ies)|phases?)`;
const ITEM_NOUNS = new RegExp(String.raw`^${ITEM_NOUN}$`, 'i');
/** "Options" are models unless a word before it says what kind ("the deployment options"). */
const OPTIONS = /^(?:options?|choices?)$/i;

const COST_END = String.raw`cheapest|least expensive|most affordable|lowest[- ]cost|most expensive|priciest|costliest|dearest|highest[- ]cost`;
const TIME_END = String.raw`fastest|quickest|slowest|shortest|longest|soonest`;
const END = `${COST_END}|${TIME_END}`;
const COST_ENDS = new RegExp(String.raw`\b(${COST_END})\b`, 'i');
const TIME_ENDS = new RegExp(String.raw`\b(${TIME_END})\b`, 'i');

/** "The cheapest way to…", "the fastest route to production". */
const END_OF_NOUN = new RegExp(String.raw`\b(?:${END})\s+((?:[\w-]+\s+){0,2}?)(${ITEM_NOUN})\b`, 'i');
/** "Which path is cheapest?", "what approach gets us to production fastest?". */
const WHICH_NOUN_END = new RegExp(String.raw`\b(?:which|what)\s+((?:[\w-]+\s+){0,2}?)(${ITEM_NOUN})\b.{0,60}?\b(?:${END})\b`, 'i');

/** Time, as what a ranking is on: "by time to production", "how long each takes". */
const TIME = new RegExp(String.raw`\b(?:${TIME_END})\b|\bhow long\b|\b(?:least|most|less|more) time\b|\btime(?:line|lines)?\b|\bspeed to (?:production|market)\b|\btakes? (?:the )?(?:least|longest|most)\b|\bby speed\b`, 'i');
/** The high end of each scale, as the end a ranking starts from. */
const COST_HIGH = /^(?:most expensive|priciest|costliest|dearest|highest[- ]cost)$/i;
const TIME_HIGH = /^(?:slowest|longest)$/i;
/** No end named: "by cost, most expensive first" still says which end leads. */
const HIGH_FIRST = /\b(?:expensive|pric(?:ey|iest)|costl(?:y|iest)|slow(?:est)?|long(?:est)?)\s+(?:first|on top)\b|\bdescending\b/i;

/** The words of what is ranked, its head noun last: an ordered phrase's, else a superlative's. */
function rankedPhrase(text: string, ordered: string | undefined): string[] | undefined {
  const said = ordered?.toLowerCase().split(/\s+/).filter((w) => !/^(?:the|these|those|all|different|various|main)$/.test(w));
  const head = said?.at(-1);
  if (said && head && (ITEM_NOUNS.test(head) || (OPTIONS.test(head) && said.length > 1 && !MODEL_NOUNS.test(said.at(-2)!)))) return said;
  const m = END_OF_NOUN.exec(text) ?? WHICH_NOUN_END.exec(text);
  return m ? [...m[1]!.trim().split(/\s+/).filter(Boolean), m[2]!].map((w) => w.toLowerCase()) : undefined;
}

/**
 * What a question ranks when it is not models: what it puts in order (`ordered`, the words after
 * the verb) or picks an end of, and whether on cost or on time. `pricing`: the question asks about cost.
 */
export function readItemRanking(text: string, ordered: string | undefined, pricing: boolean): ItemRanking | undefined {
  const phrase = rankedPhrase(text, ordered);
  const noun = phrase?.at(-1);
  if (!phrase || !noun) return undefined;
  // Cost is asked outright ("by cost", "cheapest"); time only by its own words.
  const on = pricing ? 'cost' : TIME.test(text) ? 'time' : undefined;
  if (!on) return undefined;
  // The end named first leads: "from most expensive to cheapest", "slowest first".
  const end = (on === 'cost' ? COST_ENDS : TIME_ENDS).exec(text)?.[1];
  const high = end ? (on === 'cost' ? COST_HIGH : TIME_HIGH).test(end) : HIGH_FIRST.test(text);
  return { noun, words: phrase.join(' '), on, direction: high ? 'max' : 'min' };
}

/** "Rank the model size classes from…", "could you order the training stages": the words naming what is put in order, after the verb that asks it (not "the order of events"). */
const ORDERING = /(?:^\W*|[,.;:!?]\s*|\b(?:please|pls|you|now|then|and|to|i|we)\s+)(?:rank|order|sort|arrange|put)\s+(?!of\b)(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:from|by|in|according|on|based|for|to|that|which|starting|biggest|largest|smallest|best|worst)\b|\s*[,.?!]|\s*$)/i;

/** The head noun of what an ordering request puts in order ("classes" in "rank the model size classes"). */
export function orderedNoun(text: string): string | undefined {
  const phrase = ORDERING.exec(text)?.[1];
  return phrase?.split(/\s+/).pop()?.toLowerCase();
}

/** The words naming what an ordering request puts in order ("the model size classes"). */
export function orderedPhrase(text: string): string | undefined {
  return ORDERING.exec(text)?.[1];
}
