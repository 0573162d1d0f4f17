/**
 * What a question's wording says about the figures it asks, read once for the figure, ranking and
 * comparison plans: which of a model's figures ("the input price", "its SWE-bench score"), how many
 * models, which end of a scale, which end of a release order.
 */
import { figureWords, type FigureWords } from '../catalog/facts.js';
import { releaseEndAsked } from '../catalog/release-order.js';
import { wantedCount } from './wanted-count.js';

export interface FigureCues extends FigureWords {
  /** How many models the question wants: a number ("top 3"), every one (`Infinity`: "rank…", "which models…"); unset for one. */
  wanted?: number;
  /** The period a price is asked per ("per month", "yearly"), which per-token rates do not give. */
  period?: 'daily' | 'weekly' | 'monthly' | 'yearly';
  /** The words right after "how much" or "how many", up to the verb ("energy / co2" in "how much energy / co2 did it take"). */
  measured?: string;
  /** Asks a release order: from the first ("which came out first?", "in what order…") or the last ("which is newer?"). */
  releaseEnd?: 'first' | 'last';
  /** Asks who or what first came up with something ("which lab pioneered…", "who invented…"). */
  asksOrigin?: true;
  /** A comparative before "than": the lower end ("cheaper than", "smaller than") or the higher ("larger than"), whichever is said first. */
  comparative?: 'min' | 'max';
  /** Asks for an amount in so many words ("how much", "price per million", "the rate"), not how something was pitched ("cost-wise"). */
  asksAmount?: true;
  /** Asks for a number in so many words ("its actual number", "what %", "how many points"). */
  asksNumber?: true;
  /** Asks also who a person named by the answer is: "and what's his job?", "what does she do?", "their role". */
  asksRole?: true;
  /** The words written beside a score word as what it is scored on, as written ("HellaSwag" in "its score on HellaSwag", "HumanEval score"). */
  scoredOn?: readonly string[];
}

const PERIOD = /\b(?:per|a|each|every)\s+(month|year|day|week)\b|\b(monthly|yearly|annually|daily|weekly)\b/i;
/** The words after "how much", "how many", up to the verb or the end of the clause: "energy / co2". */
const MEASURED = /\bhow (?:much|many)\s+((?:[a-z0-9]+\s*(?:\/|,|\bor\b|\band\b)?\s*){1,3}?)(?=\s+(?:did|does|do|is|are|was|were|will|would|has|have|had|went|goes|it|they|per|a|an|the|for|of|to|in|on|by)\b|[?.!]|$)/i;
/** "Which model pioneered the techniques…", "who first introduced…": asks for whoever the sentence credits. */
const ASKS_ORIGIN = /\b(?:which|what|who)\b(?:\s+\w+){0,3}?\s+(?:pioneer\w*|first (?:develop|introduc|creat|invent|propos)\w*|originat\w*|invent\w*|came up with|introduc\w*)\b/i;
const ASKS_ROLE = /\b(?:his|her|their|the author['’]?s|author['’]?s)\s+(?:job|role|position|title|background|occupation|day job)\b|\bwhat (?:does|do) (?:he|she|they) do\b|\bwho (?:is|['’]s) (?:he|she)\b/i;
const AMOUNT = /\bhow much\b|\bper (?:1m|1k|million|thousand|token|month|year|image|seat)\b|\bprices?\b|\bpricing\b|\brates?\b|\bfees?\b|\$|\b(?:dollars|usd|euros?)\b/i;
const NUMBER = /\b(?:number|numbers|numeric|figure|points?|percent(?:age)?|how (?:high|many))\b|%/i;
const LESS_THAN = /\b(?:cheaper|less expensive|lower|smaller|shorter|fewer|less)\b[^?.!]{0,40}\bthan\b/i;
const MORE_THAN = /\b(?:larger|bigger|longer|higher|greater|wider|more expensive|pricier|costlier|more)\b[^?.!]{0,40}\bthan\b/i;

/** Not a test's name, though written beside "score": "its score", "the benchmark score", "an overall score". */
const NOT_SCORED_ON = new Set('its their his her my our your the a an any some this that these those what whats which overall average best top highest high low good benchmark benchmarks test tests official public latest own'.split(' '));
/** "score on X", "results in X", "X score", "X benchmark": the word a score is named by. */
const SCORED_ON = /\b(?:scor(?:e|es|ed|ing)|results?|performance|do(?:es)?|did|rank(?:s|ed)?)\s+(?:on|in)\s+(?:the\s+)?([a-z][\w.-]*)|\b([a-z][\w.-]*)\s+(?=(?:scores?|benchmarks?|results?|leaderboard)\b)/gi;

function scoredOn(text: string): string[] {
  const found = [...text.matchAll(SCORED_ON)].map((m) => (m[1] ?? m[2] ?? '').replace(/['’]s$/i, ''));
  return [...new Set(found.filter((w) => w.length > 2 && !NOT_SCORED_ON.has(w.toLowerCase())))];
}

function periodAsked(text: string): FigureCues['period'] {
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const w = (m[1] ?? m[2] ?? '').toLowerCase();
  return /^(?:year|yearly|annually)$/.test(w) ? 'yearly' : /^(?:day|daily)$/.test(w) ? 'daily' : /^week/.test(w) ? 'weekly' : 'monthly';
}

function comparativeAsked(text: string): FigureCues['comparative'] {
  const less = LESS_THAN.exec(text);
  const more = MORE_THAN.exec(text);
  if (!less && !more) return undefined;
  return less && (!more || less.index <= more.index) ? 'min' : 'max';
}

/** The figure cues of a question's text. */
export function readFigureCues(text: string): FigureCues {
  const wanted = wantedCount(text);
  const period = periodAsked(text);
  const measured = MEASURED.exec(text)?.[1];
  const releaseEnd = releaseEndAsked(text);
  const comparative = comparativeAsked(text);
  const scored = scoredOn(text);
  return {
    ...figureWords(text),
    ...(wanted !== undefined ? { wanted } : {}),
    ...(period ? { period } : {}),
    ...(measured ? { measured } : {}),
    ...(releaseEnd ? { releaseEnd } : {}),
    ...(ASKS_ORIGIN.test(text) ? { asksOrigin: true as const } : {}),
    ...(comparative ? { comparative } : {}),
    ...(scored.length > 0 ? { scoredOn: scored } : {}),
    ...(ASKS_ROLE.test(text) ? { asksRole: true as const } : {}),
    ...(AMOUNT.test(text) ? { asksAmount: true as const } : {}),
    ...(NUMBER.test(text) ? { asksNumber: true as const } : {}),
  };
}
