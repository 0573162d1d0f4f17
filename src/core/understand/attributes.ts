/**
 * The fact a question asks for, read from its wording: a price, a context window, a release date,
 * who made something, who wrote an article… Which one a "who"/"when" means depends on what is
 * named: a model's maker and release, an article's author and publication date.
 */
import type { Attribute } from './types.js';

type Rule = [Attribute, RegExp];

/** "What did it cost to train X?", "X's training cost", "how much was spent training X": what making the model cost, not its price to use. */
const TRAINING_COST = /\b(?:cost|costs|costed|spent|spend|budget|price)\s+(?:(?:to|for|of|on)\s+)?(?:\w+\s+){0,2}?(?:train|training|trained|pre-?train(?:ing)?|build|building|develop|developing|make|making)\b|\btraining (?:costs?|budget|bill|spend)\b|\bhow much (?:did|does|was|were)\b.{0,40}\b(?:train|training|trained)\b/i;

/** "How many tokens was X trained on?", "how many GPUs to train X?", "what GPUs was X trained on?", "how long did training X take?": a figure of how the model was made. */
const TRAINING_FIGURE = /\b(?:how (?:many|much|long)|(?:what|which) (?:gpus?|chips?|hardware|accelerators?|compute))\b.{0,60}\b(?:train|training|trained|pre-?train(?:ing|ed)?)\b|\b(?:size|amount) of (?:the )?training data\b|\btraining (?:tokens|compute|gpus?|hardware|time|duration)\b/i;

/** Rules read only of a named model (see detectAttribute): of a kind of model, "the cost to train one" is what the documents price. */
const MODEL_ONLY_RULES: ReadonlySet<Attribute> = new Set(['training_cost', 'training']);

/**
 * "Which is the newest model?", "the latest Claude model", "what came out most recently?": an end of
 * the release order is a release date asked of each model weighed. "The latest trends", "the latest
 * on RAG" name no model's release.
 */
const RELEASE_END = /\b(?:newest|latest|oldest|earliest|most recent(?:ly)?|released (?:most recently|last|first)|came out (?:last|first))\b(?!\s+(?:trends?|news|developments?|research|advances?|techniques?|papers?|thinking|updates?|on|in|about|version of)\b)/i;

const MODEL_RULES: Rule[] = [
  ['training_cost', TRAINING_COST],
  ['training', TRAINING_FIGURE],
  // "ok so context: we built…" labels the background and "in the context of diffusion" a field: neither asks for a context window.
  ['context_window', /\b(?:context|ctx)(?:[- ]?window| length| size| limit| len)\b|\bctx\b|(?<!\b(?:in|out of) (?:the |this |that |our |a |an |its )?)\bcontext\b(?!\s*:)|\btoken limit\b|\bhow (?:many|much) (?:tokens|text)\b.*\b(?:take|handle|fit|hold|read|accept|process)\b|\bmillion tokens\b.*\b(?:take|handle|fit)\b|\bhow long (?:a|of a) (?:prompt|document|input)\b|\b(?:handles?|handling|takes?|taking|fits?|holds?|reads?|reading|accepts?|process(?:es)?|ingests?|swallows?)\s+(?:the\s+)?(?:more|most|less|least|longer|bigger|larger)\s+(?:text|tokens|input|words|pages)\b/i],
  ['pricing', /\b(?:cost|costs|price|prices|pricing|priced|charge|charges|fee|fees|subscription|bill|billed|pay per|per (?:1m|1 m|one million|million|1k|thousand)|per[- ]token|how much (?:is|does|do|for|would|will)|expensive|pric(?:ey|ier|iest)|costl(?:y|ier|iest)|cheap|cheaper|cheapest|dollars?)\b|\$/i],
  // "Who released X?", "which lab launched it?": a who asks for the maker, whatever the verb.
  ['developer', /\bwho(?:'s| is)? (?:released|launched|shipped|put out|announced)\b|\b(?:which|what) (?:company|lab|vendor|org|organisation|organization|startup)\b/i],
  ['released', /\bwhen (?:was|were|did|is|will)\b.*\b(?:release|released|launch|launched|come out|came out|ship|shipped|drop|dropped|announced|out)\b|\brelease(?:d| date)?\b|\blaunch(?:ed|es)?\b|\bcame out\b|\bcome out\b|\bdebut(?:ed)?\b|\bwhat (?:year|month)\b|\bwhich(?: one| of (?:them|the two|those|these))?(?:'s| is| was| came| come)?\s+(?:newer|older|more recent|earlier|later)\b/i],
  ['released', RELEASE_END],
  ['developer', /\bwho(?:'s| is)? (?:made|makes|built|builds|develops|developed|created|creates|behind|owns|trains|trained|released|ships|maintains)\b|\bwho(?:'s| is) behind\b|\b(?:developer|made by|built by|maker|makers|vendor|provider)\b|\b(?:which|what) (?:company|lab|vendor|org|organisation|organization)\b/i],
  ['parameters', /\bparameters?\b|\bparams\b|\bhow (?:big|large) is (?:it|the model|\{model\})\b|\bmodel size\b|\bnumber of weights\b|\bweights? count\b|\bvram\b|\bgpu memory\b/i],
  ['benchmark', /\b(?:score|scored|scores|scoring|benchmarks?|leaderboard|elo|swe-?bench|aime|lmarena|mmmu|gpqa|vbench|mmlu|rank(?:ed|s)? on)\b/i],
  ['access', /\bopen[- ]?(?:source|weights?)\b|\bproprietary\b|\bclosed(?:[- ]source)?\b|\bcan (?:i|we) (?:download|self-?host|run it)\b/i],
  ['strengths', /\bstrengths?\b|\bgood at\b|\bbest at\b|\bknown for\b|\bstrong(?:est)? at\b|\bexcels?\b|\bdo(?:es)? well\b|\bspecial about\b|\bstands? out\b/i],
  ['limitations', /\blimitations?\b|\bweakness(?:es)?\b|\bdownsides?\b|\bdrawbacks?\b|\bbad at\b/i],
  ['deployment', /\bdeploy(?:ment|ed)?\b|\brun (?:it )?(?:locally|on-?prem\w*|on our)\b|\bhow (?:do|can) (?:i|we) (?:access|use|get)\b/i],
];

const ARTICLE_RULES: Rule[] = [
  // "Who is the guide written for?", "its target audience": the readers it is aimed at, not who wrote it.
  ['audience', /\b(?:written|meant|aimed|intended|made|targeted)\s+(?:for|at)\b(?!\s+(?:the\s+)?(?:\d{4}|[a-z]+\s+\d{4})\b)|\b(?:target\s+)?audience\b|\bwho (?:should|is (?:it )?supposed to|would) read\b|\bwho(?:'s| is) (?:it|the \w+) for\b/i],
  ['author', /\bwho (?:wrote|writes|authored|is the author|are the authors)\b|\bauthors?\b|\bwritten by\b|\bwho(?:'s| is) behind\b/i],
  // "Who published X" asks for a who, so the publisher rule goes before the date's "published".
  ['publisher', /\bwho (?:published|publishes|runs|puts out)\b|\bpublisher\b|\b(?:which|what) (?:web ?site|site|blog|company|org\w*|outlet|publication)\b|\bwhere (?:is|was|does|did)\b.*\bfrom\b/i],
  ['published', /\bwhen (?:was|were|did)\b|\bpublish(?:ed|ing)?\b|\bpublication date\b|\bposted\b|\bhow old\b|\bwhat (?:year|date)\b/i],
];

/** Wording that asks the date figures hold for: "what date are the prices from?", "as of when?", "how current are…", "when are they dated?". */
const ASKS_AS_OF = /\bwhat (?:date|day|month)\b|\bas of (?:when|what)\b|\bhow (?:current|recent|up[- ]to[- ]date|fresh)\b|\b(?:dated|valid) (?:when|from)\b|\bwhen (?:are|is|were|was)\b.{1,60}\b(?:from|dated|valid|current|correct|accurate)\s*\??$/i;

/** Whether the question asks the date a figure or table holds for, not the figure itself. */
export function asksAsOf(text: string): boolean {
  return ASKS_AS_OF.test(text);
}

/** "What would we need to run it?", "what does it take to host X?", "hardware requirements for X": what running a model takes. */
const ASKS_RUN_NEEDS = /\bwhat (?:would|do|does|will|did|should)\s+(?:we|i|you|one|it|they)\s+(?:\w+\s+)?(?:need|require)\b.{0,40}\b(?:run|host|deploy|serve|operate|self-?host)\w*\b|\bwhat (?:would|does|will) it take to (?:run|host|deploy|serve|self-?host)\b|\b(?:hardware|infrastructure|gpus?|compute|servers?) (?:would|do|does|will|should) (?:we|i|you|it|one) need\b|\b(?:hardware|infrastructure|system) requirements?\b|\bwhat (?:hardware|infrastructure|gpus?) (?:is|are) (?:needed|required)\b/i;

const TRAINS = /\b(?:to|for) (?:train|training|pre-?train(?:ing)?)\b/i;

/** Whether the question asks what running or hosting a model takes (hardware, infrastructure, people, cost). */
export function asksRunNeeds(text: string): boolean {
  // "How many GPUs would we need to train X?" asks what making the model takes, not running it.
  return ASKS_RUN_NEEDS.test(text) && !TRAINS.test(text);
}

/** A figure asked in its unit: "…in ms?", "in seconds", "tokens per second for X?". */
export const UNIT_ASKED = /\bin (?:ms|milliseconds?|seconds?|secs?|minutes?)\b|^\W*(?:tokens?|words?|images?|frames?|requests?) (?:per|a|an) (?:second|sec|minute|hour)\b/i;

/** A figure of some kind: "how many", "what share", "ballpark", "how long", one asked in its unit. */
const FIGURE = /\b(?:max|maximum|minimum|longest|limit)\b|\bhow (?:many|much|long|big|large|fast|often|old)\b|\bwhat (?:share|percentage|percent|fraction|proportion|number|%)\b|\bballpark\b|\bwhat %|\b\d+\s?%|(?:\blike|\bas|\bin) an? %|\bin %|\b(?:error|failure|success|hallucination|accuracy|win|pass) rates?\b|\bhow expensive\b/i;

/** Words asking how big a named model is. */
const MODEL_SIZE = /\bsizes?\b|\bhow (?:big|large) (?:is|are)\b|\bhow many (?:billion|b)\b/i;

/**
 * A property the question grants every side ("both open source", "they're both from Google"): said
 * to set the common ground, so it is no criterion to compare them on. Up to the clause's end; a
 * "both" followed by a preposition ("compare both on price") names the criterion itself.
 */
const GRANTED = /\b(?:(?:they|these|those|the two|the pair)\s*(?:are|'re|’re)\s+)?(?:are\s+)?both\s+(?:are\s+|being\s+|of them\s+(?:are\s+)?)?(?!on\b|in\b|for\b|by\b|at\b|with\b|of\b|and\b|or\b|to\b|models?\b|ones?\b)[^,;:.?!—–()]{2,40}?(?=\s*(?:[,;:.?!—–()]|\s-\s|\bbut\b|\bso\b|$))/gi;

/** The question without the property it grants every side it compares. */
export function withoutGranted(text: string): string {
  return text.replace(GRANTED, ' ');
}

/** The attribute a question asks about a model (or, with `article`, about an article). */
export function detectAttribute(text: string, subject: 'model' | 'article' | 'other'): Attribute | undefined {
  if (subject === 'article') return ARTICLE_RULES.find(([, re]) => re.test(text))?.[0];
  const rule = MODEL_RULES.find(([a, re]) => (!MODEL_ONLY_RULES.has(a) || subject === 'model') && re.test(text));
  if (rule && (subject === 'model' || !['access', 'strengths', 'limitations', 'deployment'].includes(rule[0]))) return rule[0];
  // "What sizes does Llama 3.3 come in?", "how big is Llama 3.3?": of a named model, its size is its
  // parameter count (of a kind of model, "sizes" are the size classes).
  if (subject === 'model' && MODEL_SIZE.test(text)) return 'parameters';
  return FIGURE.test(text) || UNIT_ASKED.test(text) ? 'figure' : undefined;
}

/** The catalog figures a question can ask several of at once ("its score and what the API costs"). */
const CATALOG_FIGURES: readonly Attribute[] = ['pricing', 'context_window', 'released', 'developer', 'parameters', 'benchmark'];

/** Every catalog figure a question about a model names, in the order it names them. */
export function detectAttributes(text: string): Attribute[] {
  // A training cost is no price: "what did it cost to train X" names no catalog figure.
  const asked = text.replace(TRAINING_COST, ' ').replace(TRAINING_FIGURE, ' ');
  const found = MODEL_RULES.filter(([a]) => CATALOG_FIGURES.includes(a))
    .map(([a, re]) => ({ a, at: re.exec(asked)?.index ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at)
    .map((x) => x.a);
  return [...new Set(found)];
}

export type Direction = 'max' | 'min';

const LOW_END = String.raw`cheapest|lowest|least expensive|smallest|shortest|fewest|least|low|small|short|cheap`;
const HIGH_END = String.raw`largest|biggest|longest|highest|greatest|most expensive|priciest|costliest|high|big|large|long|expensive|pricey`;
const END_TO_END = new RegExp(String.raw`\b(?:(${LOW_END})|(${HIGH_END}))\s+(?:to|→|->|down to|up to)\s+(?:the\s+)?(?:(?:${LOW_END})|(?:${HIGH_END}))\b`, 'i');
const END_FIRST = new RegExp(String.raw`\b(?:(${LOW_END})|(${HIGH_END}))(?:\s+(?:one|ones|model|models))?\s+(?:first|on top|at the top)\b`, 'i');

/**
 * The order a ranking is read in, said outright: "biggest to smallest", "from cheapest to priciest",
 * "largest first", "descending". The end named first leads, whichever end a lone superlative
 * elsewhere in the question would pick.
 */
function orderedDirection(text: string): Direction | undefined {
  const span = END_TO_END.exec(text);
  if (span) return span[1] ? 'min' : 'max';
  const first = END_FIRST.exec(text);
  if (first) return first[1] ? 'min' : 'max';
  if (/\bdescending\b|\bhigh(?:est)?[- ]to[- ]low(?:est)?\b/i.test(text)) return 'max';
  if (/\bascending\b|\blow(?:est)?[- ]to[- ]high(?:est)?\b/i.test(text)) return 'min';
  return undefined;
}

const EXTREMES = String.raw`cheapest|priciest|costliest|most expensive|least expensive|largest|biggest|smallest|longest|shortest|highest|lowest|best|worst`;
const FROM_EXTREME = new RegExp(String.raw`\bfrom (?:the )?(?:${EXTREMES})\b`, 'i');
/**
 * Wording that asks for things put in order, not for one figure or one winner: "in order of output
 * price", "order them by", "rank A, B and C by…", "sort by", "from cheapest", "largest first".
 */
export function asksOrder(text: string): boolean {
  if (orderedDirection(text)) return true;
  if (/\bin (?:the )?order of\b(?!\s+(?:events|steps|stages|operations)\b)|\b(?:sort|sorted|order|ordered|rank|ranked|arrange|arranged)\s+(?:them|these|those|all|it|each)?\s*(?:by|on|according to|based on)\b/i.test(text)) return true;
  if (/(?:^\W*|[,.;:!?]\s*|\b(?:please|pls|you|then|and|to|i|we)\s+)(?:rank|order|sort|arrange)\s+(?!of\b).{3,120}?\b(?:by|on|according to|based on|from)\b/i.test(text)) return true;
  return FROM_EXTREME.test(text);
}

/** "Makes the most sense", "suits that best", "the best fit", "carry the most weight": how well a pick fits, no measure's end. */
const FIT_MOST = /\b(?:the\s+)?most\s+(?:sense|sensible|suitable|appropriate|fitting|reasonable|practical|worthwhile|relevant|applicable)\b|\b(?:suits?|fits?)\s+(?:(?:that|this|it|us|them|our (?:needs|case|use case))\s+)?best\b|\bbest[- ]suited\b|\b(?:the\s+)?best\s+(?:fit|match)\b|\b(?:carr(?:y|ies)|hold|holds|get|gets|deserves?)\s+the\s+most\s+weight\b/gi;
/** The same words, for a test (a global pattern's test() keeps state between calls). */
/** "Best practices", "best-practice checklist": a noun, not a superlative. */
export const BEST_PRACTICE = /\bbest[- ]practices?\b/gi;

const FIT_MOST_ONCE = new RegExp(FIT_MOST.source, 'i');

/**
 * "The biggest difference", "the most important distinction", "the largest practical gap": how much a
 * difference matters, no end of a figure's scale. A figure named in between ("the biggest price
 * difference") is still that figure's gap.
 */
const DIFFERENCE_SIZE = /\b(?:biggest|largest|greatest|main|key|major|most (?:important|significant|notable|obvious|relevant|practical))\s+(?:(?!price|cost|context|score|benchmark)[a-z-]+\s+)?(?:differences?|distinctions?|contrasts?|gaps?|trade-?offs?)\b/gi;

/** Whether the question asks what fits most ("makes the most sense"), a "most" of no measure. */
export function asksFit(text: string): boolean {
  return FIT_MOST_ONCE.test(text);
}

/** "largest", "cheapest", "highest"… → which end of a scale the question wants. */
export function detectSuperlative(asked: string): Direction | undefined {
  // "Which model makes the most sense?", "the most suitable option": how well a pick fits, no measure's end.
  // "Best practices for training": a set phrase naming habits, no end of a scale.
  // "The biggest difference between A and B": how much a difference matters, no figure's end.
  const text = asked.replace(FIT_MOST, ' ').replace(BEST_PRACTICE, ' ').replace(DIFFERENCE_SIZE, ' ');
  const ordered = orderedDirection(text);
  if (ordered) return ordered;
  if (/\b(?:cheapest|lowest|least expensive|smallest|shortest|fewest|least|most affordable|cheaper)\b/i.test(text)) return 'min';
  if (/\b(?:largest|biggest|longest|highest|most|greatest|top|best|leading|maximum|max|strongest|fastest|bigger|larger|longer|more|priciest|pricier|costliest|costlier|dearest)\b/i.test(text)) return 'max';
  return undefined;
}

/** Words that name an attribute in an answer: "the context window of GPT-5". */
export const ATTRIBUTE_LABELS: Record<Attribute, string> = {
  context_window: 'context window',
  pricing: 'price',
  training_cost: 'training cost',
  training: 'training figures (data, compute or time)',
  released: 'release date',
  developer: 'developer',
  parameters: 'size (parameter count or hardware needs)',
  benchmark: 'benchmark scores',
  access: 'openness (open weights or proprietary)',
  strengths: 'strengths',
  limitations: 'limitations',
  deployment: 'deployment options',
  author: 'author',
  published: 'publication date',
  publisher: 'publisher',
  audience: 'intended audience',
  figure: 'figure',
};

/** "How much cheaper is A than B?", "how far behind…", "the gap between A and B on price": the size of a difference. */
export const GAP = /\bhow (?:much|many|far)\s+(?:\w+\s+)?(?:cheaper|pricier|costlier|more|less|bigger|larger|smaller|longer|shorter|higher|lower|behind|ahead|further|faster|slower|better|worse)\b|\bby how much\b|\bhow (?:big|large|wide) (?:is )?(?:the )?(?:gap|difference)\b|\b(?:gap|delta)\s+(?:between|in|on)\b|\bdifference in (?:price|cost|context|score)\w*\b|\b(?:price|cost|context(?: window)?|score) (?:gap|difference)\b/i;
