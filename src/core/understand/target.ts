/**
 * What kind of thing a recommendation should name, from its wording: a model, a model type, a
 * setting, a deployment, a size class, a benchmark or an approach. "Which X" says it outright
 * ("which benchmarks", "which architecture"); otherwise the target classifier guesses, and the
 * kind of content the asker wants made has the last word when nothing asks for another kind.
 */
import type { CategoryMention, Target } from './types.js';
import type { Concept } from '../lexicon/concepts.js';
import { noConstraints, readConstraints } from './needs.js';
import { namesNeedFragment } from './situation.js';

/** What "which X"/"what X" asks for, when X says it outright: "which certifications" is no model. */
export const MODEL_NOUNS = /^(?:models?|llms?|tools?|options?|ones?|providers?|vendors?|apis?|services?|products?|platforms?|generators?|assistants?|image|video|audio|code|coding|open|cheap\w*|best|\{model\})\b/i;
const KIND_NOUNS: Array<[RegExp, Target]> = [
  [/^(?:kinds?|types?|sorts?|architectures?)\b/i, 'model-type'],
  // "Which parameter range…", "what parameter count…": how many parameters is a size, not a knob.
  [/^(?:parameters?|params?)\s+(?:ranges?|counts?|bands?|brackets?|tiers?|class(?:es)?|numbers?)\b/i, 'size-class'],
  [/^(?:settings?|knobs?|sliders?|parameters?|temperatures?|top[- ]?p|guidance)\b/i, 'setting'],
  [/^(?:benchmarks?|metrics?|scores?|evals?|evaluations?|leaderboards?|rankings?|test\s+suites?)\b/i, 'benchmark'],
  [/^(?:sizes?)\b/i, 'size-class'],
  // "which approach…", "what technique should we use…": a way of doing it, not a model that does it.
  [/^(?:approach(?:es)?|techniques?|methods?|strateg(?:y|ies))\b/i, 'approach'],
];
/** "which video model is best…", "which model handles…", "which model from the price list makes…": a model, named as the thing asked for. */
const WHICH_MODEL = /\b(?:which|what)\s+(?:(?:image|video|audio|music|code|coding|open[- ]source|open|closed|proprietary|text|chat|vision|multimodal|frontier|llm|ai)\s+)?(?:models?|llms?|tools?|generators?)\s+(?:(?:from|in|on|of)\s+(?:the|our|your|this|that)\s+(?:[\w-]+\s+){1,3})?(?:is|are|has|have|does|do|can|could|would|will|should|handles?|gives?|makes?|works?|fits?|wins?|scores?|leads?)\b/i;

/** "best open source llm if…", "top self-hosted image model for…": a model is the head noun asked for, whatever qualifies it. */
const BEST_MODEL = /^(?:so\s+|ok\s+|and\s+)?(?:what(?:'s| is| are)\s+(?:the\s+)?|which\s+is\s+(?:the\s+)?)?(?:best|top|strongest|recommended)\s+(?:(?:open[- ]source|open[- ]weights?|open|closed|proprietary|self[- ]hosted|local|image|video|audio|code|coding|text|chat|vision|multimodal|frontier|small|cheap\w*)\s+){0,2}(?:llms?|models?)\b/i;

/** "need an open llm that handles French…", "an llm good at japanese": a model wanted, then what it must do. */
const QUALIFIER = String.raw`(?:open[- ]source|open[- ]weights?|open|closed|proprietary|self[- ]hosted|local|image|video|audio|code|coding|text|chat|vision|multimodal|multilingual|frontier|small|cheap\w*|good|decent)`;
/** "…self host + finetune on our brand assets, which model", "…prefers self-hosting. Which model?": the pick asked as the question's last words. */
const TRAILING_WHICH_MODEL = /(?:[,;:+.!?]|\s-|\bso)\s*(?:(?:which|what)\s+(?:models?|llms?)|which one)\s*[?.!]*\s*$/i;
const NEED_MODEL = new RegExp(String.raw`^(?:so\s+|ok\s+|and\s+)?(?:(?:i|we)(?:'d| would)?\s+)?(?:(?:need|want|looking for|am looking for|are looking for)\s+)?(?:an?\s+)(?:${QUALIFIER}\s+){0,2}(?:llms?|models?)\s+(?:that|which|good at|great at|for|to)\b`, 'i');
/** "multilingual open model?": a bare model wanted with two of its traits, one more than a kind's name. */
const TRAITS_MODEL = new RegExp(String.raw`^(?:an?\s+)?(?:${QUALIFIER}\s+){2,3}(?:llms?|models?)\s*\??$`, 'i');

/** "Which method to evaluate a coding model": a way of measuring is a benchmark or metric, for the classifier to tell. */
const MEASURING_WAY = /\b(?:which|what)\s+(?:approach(?:es)?|techniques?|methods?|strateg(?:y|ies))\s+(?:[\w'-]+\s+){0,4}?(?:evaluat|measur|benchmark|assess|scor|rank|test|compar)\w*/i;

/** `families`: the catalog's family words, which name models too ("which claude…"). */
export function objectTarget(text: string, families: ReadonlySet<string> = new Set()): Target | undefined {
  if (WHICH_MODEL.test(text) || TRAILING_WHICH_MODEL.test(text) || BEST_MODEL.test(text) || NEED_MODEL.test(text) || TRAITS_MODEL.test(text) || namesNeedFragment(text)) return 'model';
  const m = /\b(?:which|what)\s+(\w+)(\s+\w+)?/i.exec(text);
  if (!m) return undefined;
  const noun = m[1]!;
  // A kind may take two words to name ("which test suite").
  for (const [re, target] of KIND_NOUNS) if (re.test(noun + (m[2] ?? ''))) return target === 'approach' && MEASURING_WAY.test(text) ? undefined : target;
  // "Which model size class…", "what model type…": "model" only qualifies the kind asked for.
  const next = m[2]?.trim();
  if (next && /^(?:models?|llms?)$/i.test(noun)) for (const [re, target] of KIND_NOUNS) if (target !== 'approach' && re.test(next)) return target;
  if (MODEL_NOUNS.test(noun) || families.has(noun.toLowerCase()) || /^(?:should|would|do|does|can|could|is|are)$/i.test(noun)) return undefined;
  // "which certifications", "what steps": things to do or check, from the documents' advice.
  return /^(?:certifications?|certs?|steps?|practices?|things?|questions?|criteria|requirements?|checks?|factors?)\b/i.test(noun) ? 'approach' : undefined;
}


/**
 * "What benchmark tells me how well a model reasons?", "which temperature for writing code?", "what
 * metric should we watch…": a kind of thing named as what is asked, then what it must do or be for.
 * A pick of that kind, however "how well" or "for" make the rest read.
 */
const KIND_PICK = /^\W*(?:(?:so|ok|and|but)\s+)?(?:what|which)\s+(?:benchmarks?|metrics?|evals?|leaderboards?|rankings?|scores?|settings?|temperatures?|top[- ]?p|guidance(?: scale)?|sizes?|architectures?|(?:kinds?|types?|sorts?) of (?:models?|architectures?))\s+(?:tells?|shows?|measures?|tests?|checks?|captures?|reflects?|tracks?|suits?|fits?|works?|helps?|matters?|counts?|gives?|proves?|says?|should|would|could|to|for|if|when|do (?:i|we|you)|is (?:best|right|ideal|good|better)|are (?:best|right|ideal|good|better))\b/i;

/**
 * "Which benchmark matters most for coding?", "the most important metric for reasoning", "best
 * temperature for poetry": a superlative whose head is a benchmark, a metric or a setting. The top of
 * that kind is asked for, not models ranked on a score.
 */
const KIND_AT_TOP = /^\W*(?:(?:so|ok|and|but)\s+)?(?:which|what)\s+(?:benchmarks?|metrics?|evals?|leaderboards?|settings?|temperatures?)\s+(?:is|are|was|matters?|counts?)?\s*(?:the\s+)?(?:most|best|top|key|main|biggest)\b|\b(?:the\s+)?(?:most\s+(?:important|useful|relevant|telling|reliable|meaningful)|best|top|key|main|single most important)\s+(?:benchmarks?|metrics?|evals?|leaderboards?|settings?|temperatures?)\s+(?:for|to|when|if|on)\b/i;

/** Whether a superlative asks for the top benchmark, metric or setting (see KIND_AT_TOP). */
export function asksKindAtTop(text: string): boolean {
  return KIND_AT_TOP.test(text);
}

/** Whether the question opens by asking for a thing of a kind other than a model, for a need (see KIND_PICK). */
export function asksKindPick(text: string): boolean {
  return KIND_PICK.test(text);
}

/** Words that ask for each kind of answer other than a model. */
const ASKS_KIND: Record<Exclude<Target, 'model'>, RegExp> = {
  // "…a general chatbot or something more specialised?" weighs kinds of model too.
  'model-type': /\b(?:kinds?|types?|sorts?|architectures?|famil(?:y|ies)|class(?:es)?|categor(?:y|ies)|gans?|vaes?|diffusion|transformers?|llms?|autoencoders?|multimodal|chat ?bots?|speciali[sz]ed|general[- ]purpose)\b/i,
  setting: /\b(?:settings?|knobs?|sliders?|parameters?|temperature|top[- ]?p|guidance|steps|seed|config\w*)\b/i,
  deployment: /\b(?:deploy\w*|host\w*|servers?|cloud|on[- ]?prem\w*|locally|apis?|infra\w*|run (?:it|them|this)|gpus?|hardware|devices?|offline)\b/i,
  'size-class': /\b(?:sizes?|small(?:er|est)?|large(?:r|st)?|big(?:ger|gest)?|tiny|parameters?|params|\d+b)\b/i,
  benchmark: /\b(?:benchmarks?|metrics?|scores?|evals?|evaluat\w*|leaderboards?|rankings?|measure\w*|test\w*)\b/i,
  // Adapting a model ("without retraining", "keep the same face across images") is an approach.
  approach: /\b(?:how|ways?|approach\w*|techniques?|methods?|strateg\w*|process|workflow|steps?|train\w*|retrain\w*|fine[- ]?tun\w*|tun(?:e|ing)|adapt\w*|consistent\w*|consistency|same\b|keep\w*|custom\w*|prompt\w*)\b/i,
};

/**
 * The target classified, or a model when the question wants content made and asks for no other
 * kind: "need cinematic-looking video for a short film" or "what can make a video from a
 * description?" want a video model, whichever kind of answer the rest of the wording resembles.
 */
export function outputAsksModel(text: string, categories: readonly CategoryMention[], classified: Target): Target {
  if (classified === 'model' || !categories.some((c) => c.direction === 'output')) return classified;
  return ASKS_KIND[classified].test(text) ? classified : 'model';
}

/**
 * "We need to analyse 500-page contracts": a need that picks among models (a long context) and no
 * word of where to run one is no deployment question, whatever the classifier made of "we need to".
 */
export function modelForLongInput(classified: Target, text: string, longContext: boolean): Target {
  // "Our analysts read 200-page filings all day" likewise: no way of working or size class is asked.
  if (!longContext || !SPEED_MISREADS.has(classified) || ASKS_CRITERION.test(text)) return classified;
  return ASKS_KIND[classified as Exclude<Target, 'model'>].test(text) ? classified : 'model';
}

/** Kinds of pick a need for speed is met by a model in, unless the wording asks for that kind. */
const SPEED_MISREADS: ReadonlySet<Target> = new Set<Target>(['deployment', 'size-class', 'approach', 'model-type']);

/**
 * "Our chat widget needs to be snappy", "we need fast responses for a chat widget": a need for speed
 * picks among models (the fast, low-cost ones the catalog names), not a size class, a way of working
 * or a model type, unless the wording asks for one ("what size", "how do we cut latency").
 */
export function modelForSpeed(classified: Target, text: string, lowLatency: boolean): Target {
  if (!lowLatency || !SPEED_MISREADS.has(classified) || ASKS_CRITERION.test(text)) return classified;
  return ASKS_KIND[classified as Exclude<Target, 'model'>].test(text) ? classified : 'model';
}

/** "What should we optimize for in model choice?", "what to look for": the traits a pick needs, not a pick. */
const ASKS_CRITERION = /\b(?:optimi[sz]\w*|prioriti[sz]\w*|look(?:ing)? for|focus(?:ing)? on|trade[- ]?offs?|specs?|specifications?|criteria|traits|qualities|features)\b/i;

/** Verbs of making something. */
const MAKE = String.raw`(?:generate|make|create|produce|turn|write|draw|render|animate|compose|design|paint|narrate|voice|synthesi[sz]e|convert)`;
/** "What can make a video from text?", "which tool could draw our logo?": the thing that does it, as the subject. */
const MAKER_SUBJECT = new RegExp(String.raw`^(?:so\s+|ok\s+|and\s+)?(?:what|which)(?:\s+(?:\w+\s+)?(?:models?|tools?|llms?|generators?|ai|apps?|services?))?\s+(?:can|could|will|would)\s+${MAKE}\b`, 'i');
/** "…clips of people dancing, what model?": a need stated, then only the thing asked for. */
const TRAILING_ASK = /[,.;:!?–-]\s*(?:so\s+)?(?:what|which)\s+(?:\w+\s+)?(?:models?|tools?|llms?|ones?|generators?|options?)\s*(?:for (?:that|this|it)\s*)?\??\s*$/i;

/** Whether a question asks for a model or tool that does something, however its frame reads ("an llm good at X" too). */
export function asksForMaker(text: string): boolean {
  return MAKER_SUBJECT.test(text) || TRAILING_ASK.test(text) || NEED_MODEL.test(text) || TRAITS_MODEL.test(text);
}

/** "What benchmarks should we…", "which settings do I…": a kind asked for in the plural. */
const PLURAL_KIND = /^\W*(?:(?:so|ok|and)\s+)?(?:what|which)\s+([a-z-]{3,}?)s\s+(?:should|do|would|could|can|must|to)\b/i;

/**
 * Whether the question asks for the things of a kind in the plural ("what benchmarks should we look
 * at?") with nothing that narrows them to a pick: no model, no kind of content, task or need.
 */
export function asksKindsUnnarrowed(text: string, linked: { concepts: readonly Concept[]; models: readonly unknown[] }, situated: boolean): boolean {
  const singular = PLURAL_KIND.exec(text)?.[1]?.toLowerCase();
  if (!singular || situated || linked.models.length > 0 || !noConstraints(readConstraints(text))) return false;
  const kind = linked.concepts.find((c) => c.kind !== undefined && c.names.some((n) => n.toLowerCase() === singular));
  return kind !== undefined && !linked.concepts.some((c) => c !== kind && c.kind === 'model-type');
}
