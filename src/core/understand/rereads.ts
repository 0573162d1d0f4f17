/**
 * The classifier reads a question's shape; some wordings ask something else than their shape says
 * ("which model pioneered X?" is shaped like a pick and asks a fact). Each rule below rereads one
 * such class of wording, from the intents it can correct to the one the wording asks, keeping the
 * classifier's reading as the runner-up.
 *
 * The rules run in order, each on the intent the rules before it left (a rule's `from` is tested
 * against that). They come in four tables, by what they need to have been read first: the wording
 * and its links; the figure asked; the aspect; the catalog figure named. `understand()` runs each
 * table as soon as its facts are read.
 */
import type { Aspect } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Adaptation } from './adaptation.js';
import { ASKS_DATES, HARD_PART } from './aspect.js';
import { asksFit, asksOrder, detectSuperlative, UNIT_ASKED, type Direction } from './attributes.js';
import type { ChecksAsked } from './checklist.js';
import type { LinkContext, Linked } from './entities.js';
import { SOCIAL, type Decided } from './intent/decide.js';
import type { Intent } from './intent/examples.js';
import { asksKindSuperlative } from './kind-superlative.js';
import type { Purpose } from './purpose.js';
import { questionClause } from './question-clause.js';
import { remedyAsApproach } from './remedy.js';
import { readSides } from './sides.js';
import { asksForMaker, asksKindAtTop, asksKindPick, asksKindsUnnarrowed } from './target.js';
import type { Attribute, CategoryMention, Target } from './types.js';
import { asksVerdictOnPlan } from './verdict-ask.js';
import { THINK_OF_AS } from './verdict-cues.js';
import { namesNeedFragment, statesBareSituation } from './situation.js';
import { noConstraints, readConstraints } from './needs.js';
import { asksToHearAbout } from './explain-frame.js';
import { asksKindOfSubject } from './kind-of-subject.js';

/** One reread: when the intent is one of `from` and the wording `when` says so, the intent is `to`. */
export interface Reread<F> {
  name: string;
  /** The intents the rule corrects, or a test of the intent. */
  from: readonly Intent[] | ((intent: Intent) => boolean);
  when: (facts: F) => boolean;
  to: Intent;
}

/** Runs the rules in order on `decided`, each seeing the intent the earlier ones left. */
export function rereadBy<F>(rules: readonly Reread<F>[], facts: F, decided: Decided): void {
  for (const rule of rules) {
    const from = typeof rule.from === 'function' ? rule.from(decided.intent) : rule.from.includes(decided.intent);
    if (from && rule.when(facts)) reread(decided, rule.to);
  }
}

/** The intent the wording turned out to ask, keeping the classifier's reading as the runner-up. */
function reread(decided: Decided, intent: Intent): void {
  Object.assign(decided, { intent, runnerUp: { intent: decided.intent, p: decided.confidence } });
}

const not = (...intents: Intent[]) => (intent: Intent) => !intents.includes(intent);
const any = () => true;

/** What the wording rules read: the text, what it links, the situation it states. */
export interface WordingFacts {
  text: string;
  /** The links as they stand when a table runs (later reading narrows them). */
  linked: Linked;
  ctx: LinkContext;
  categories: readonly CategoryMention[];
  purpose?: Purpose;
  checks?: ChecksAsked;
  remedy: boolean;
  adaptation?: Adaptation;
  /** The concepts an adaptation need rules out ("without fine-tuning"): no subject of the question. */
  ruledOut: readonly Concept[];
  /** What "which X" names as the thing asked for. */
  objectKind?: Target;
  /** Asks what to watch once a model is in production (production-watch.ts). */
  watched?: boolean;
}

/** Wording that asks whether two names mean the same thing. */
const IDENTITY = /\b(?:another|a fancy|a different|a new|just a|just another|the same)\s+(?:word|name|term|label)\s+for\b|\bsame thing as\b|\bsynonym(?:ous)? (?:for|with)\b|\bjust (?:a |an )?rebrand\w* of\b/i;

/** "Are X and Y the same thing?": a yes/no question, though it names two things like a comparison. */
const SAME_QUESTION = /^(?:is|are)\b.{1,80}\b(?:and|&)\b.{1,80}\b(?:the same(?: thing)?|identical|interchangeable|synonyms|synonymous|equivalent)\s*\??$/i;

/** "list what X can generate", "name what X are used for": a request to list whose clause ends on its verb, its object being the "what". */
const LISTS_WHAT_IT_DOES = /^\W*(?:(?:pls|please|can you|could you)\s+)?(?:list|name|tell me)\s+what\s+(?:[\w-]+\s+){1,3}?(?:can|could|do|does|will|would|are|is)\s+(?:(?:typically|usually|actually|really)\s+)?(?:generate|make|create|produce|do|output|write|handle|used for|good for|meant for|built for)\s*\??\s*$/i;

/** "Which model introduced…", "what lab first released…": a thing asked about by what it did. */
const PAST_DEED = /\b(?:which|what)\s+(?:\w+\s+)?(?:models?|llms?|labs?|compan(?:y|ies)|teams?|papers?|vendors?|providers?|architectures?|techniques?)\s+(?:first\s+)?(?!(?:need|feed|speed|seed|based)\b)(?:\w+ed|made|built|came|began|won|took|beat|led|brought|wrote|gave)\b/i;

/** Wording that asks how two things differ: "how X differs from Y", "the difference between X and Y". */
const ASKS_DIFFERENCE = /\b(?:differs?|different) from\b|\bdifferences? between\b.+\b(?:and|vs\.?|versus)\b/i;

/** "Best practices for…", "what are the best practices": asks for the practices themselves. */
const BEST_PRACTICES_ASKED = /\bbest[- ]practices\b/i;

/** "Name the four benchmarks the guide recommends…", "list all the …s": a request for every item. */
const LIST_REQUEST = /^(?:(?:can|could) you\s+|please\s+|pls\s+)?(?:name|list|enumerate)\s+(?:(?:all|every|some|a few)\s+(?:of\s+)?(?:the\s+)?|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)?\s*|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)(?!best\b|right\b|one\b)((?:[\w.-]+\s+){0,3}?[\w-]{3,}[^s\W]s)\b/i;

/** "What factors drive that?", "what causes the difference?": the causes asked for, a why question however listy. */
const CAUSES = /\bwhat (?:\w+ )?(?:factors?|things?|variables?)\s+(?:drive|drives|cause|causes|explain|explains|affect|affects|determine|determines|influence|influences|shape|shapes|decide|decides|lead to|account for|make|makes)\b|\bwhat (?:drives|causes|determines|explains|accounts for)\b|\bwhat makes\s+(?:[\w-]+\s+){1,4}?(?:differ|vary|varies|different)\b/i;

/** Content of one kind made from another's ("turn our product photos into video clips"). */
const converts = (categories: readonly CategoryMention[]) => categories.some((c) => c.direction === 'input') && categories.some((c) => c.direction === 'output' && c.category !== 'text');

/** Rules on the wording and its links, read before any slot. */
export const ON_WORDING: readonly Reread<WordingFacts>[] = [
  // "So whats the deal with diffusion models?", "what's up with rag", "tell me about moe": a concept to hear about is explained.
  { name: 'hear-about', from: ['recommendation', 'ranking', 'list', 'fact', 'comparison', 'limitations', 'examples'], when: (f) => asksToHearAbout(f.text, f.linked), to: 'definition' },
  // "Is X just a fancy word for Y?": whether two names mean one thing is a yes/no question.
  { name: 'identity', from: not('comparison', 'yesno'), when: (f) => IDENTITY.test(f.text), to: 'yesno' },
  // "Would it be right to think of a model as ordinary software?": whether X is by nature Y.
  { name: 'think-of-as', from: not('yesno'), when: (f) => THINK_OF_AS.test(questionClause(f.text).replace(/[?!.]+$/, '').trim()), to: 'yesno' },
  // "Are X and Y the same thing?"
  { name: 'same-thing', from: not('yesno'), when: (f) => SAME_QUESTION.test(f.text), to: 'yesno' },
  // "We want an image model to write our SQL, will that work?", "is it fine to use a GAN for our
  // chatbot?": a verdict on the plan is asked, whatever model type or need the plan names.
  { name: 'verdict-on-plan', from: (i) => i !== 'yesno' && !SOCIAL.has(i), when: (f) => asksVerdictOnPlan(f.text), to: 'yesno' },
  // "Which model pioneered X?", "which lab released Y?": a past deed asks for a fact, not for a pick.
  { name: 'past-deed', from: ['recommendation'], when: (f) => PAST_DEED.test(f.text) && !detectSuperlative(f.text), to: 'fact' },
  // "could you explain how closed models differ from open ones?": the wording asks for the difference
  // whatever the rest of it reads like; a yes/no ("is X different from Y?") keeps its verdict.
  { name: 'difference', from: not('comparison', 'yesno', 'why'), when: (f) => ASKS_DIFFERENCE.test(f.text) && f.linked.concepts.length + f.linked.models.length >= 1, to: 'comparison' },
  // "5 things to check before picking a model", "a checklist for choosing one": the documents' list of
  // checks or steps, not advice for one situation.
  { name: 'checklist', from: ['recommendation', 'fact', 'definition', 'examples'], when: (f) => f.checks === 'list' && f.linked.concepts.length > 0, to: 'list' },
  // "Best practices for training gen AI models?": the documents' practices, not the best model.
  { name: 'best-practices', from: ['recommendation', 'ranking'], when: (f) => f.linked.models.length === 0 && BEST_PRACTICES_ASKED.test(f.text) && !detectSuperlative(f.text), to: 'list' },
  // "Name the four benchmarks…", "list all the techniques".
  { name: 'list-request', from: ['recommendation'], when: (f) => LIST_REQUEST.test(f.text), to: 'list' },
  // "During what period were GANs on top?" asks for dates, not a pick.
  { name: 'dates-not-pick', from: ['recommendation'], when: (f) => ASKS_DATES.test(f.text), to: 'fact' },
  // "What years were GANs the top architecture?": the top of a time, not a ranking of models (those named ones keep it).
  { name: 'dates-not-ranking', from: ['ranking'], when: (f) => f.linked.models.length < 2 && ASKS_DATES.test(f.text), to: 'fact' },
  // "What benchmarks should we look at?" with no situation to narrow them asks for all the documents give.
  { name: 'kinds-unnarrowed', from: ['recommendation'], when: (f) => asksKindsUnnarrowed(f.text, f.linked, f.categories.length > 0 || f.purpose !== undefined), to: 'list' },
  // "List what audio models can generate", "list what image models are used for": the list asked is of
  // what the thing does, the object of its own verb, not of models.
  { name: 'list-of-what-it-does', from: ['list'], when: (f) => LISTS_WHAT_IT_DOES.test(f.text) && f.linked.models.length === 0, to: 'uses' },
  // "What factors drive that?"
  { name: 'causes', from: ['list', 'comparison', 'recommendation'], when: (f) => CAUSES.test(f.text), to: 'why' },
  // "What's the hard part with fine-tuning?", "what makes GANs difficult?": where a subject is hard is its limits.
  { name: 'hard-part', from: ['fact', 'definition', 'how', 'uses', 'examples'], when: (f) => HARD_PART.test(f.text) && f.linked.concepts.length + f.linked.models.length > 0, to: 'limitations' },
  // "What can turn a description into a video?", "…people dancing, what model?": asks for the thing that does it.
  { name: 'maker', from: ['definition', 'how', 'uses', 'examples', 'why', 'limitations'], when: (f) => asksForMaker(f.text), to: 'recommendation' },
  // "Turn our product photos into video clips", "can we animate our product photos?": content of one
  // kind made from another's asks for what does the making, whatever the wording's shape.
  { name: 'converts', from: ['definition', 'how', 'uses', 'examples', 'why', 'yesno'], when: (f) => converts(f.categories) && f.linked.models.length === 0 && !f.linked.concepts.some((c) => c.kind === 'model-type'), to: 'recommendation' },
  // "What benchmark tells me how well a model reasons?", "what temperature for writing code?": a thing
  // of a kind named as what is asked, for a need, is a pick of that kind, not how it works or what it is for.
  { name: 'kind-pick', from: ['definition', 'how', 'uses', 'examples', 'why', 'limitations', 'fact'], when: (f) => asksKindPick(f.text) && f.linked.models.length === 0, to: 'recommendation' },
  // "Which benchmark should carry the most weight?": with no end of a scale left, the "most" is how well it fits, a pick of the kind.
  { name: 'kind-pick-weighted', from: ['ranking'], when: (f) => asksKindPick(questionClause(f.text)) && f.linked.models.length === 0 && asksFit(f.text) && !detectSuperlative(f.text), to: 'recommendation' },
  // "Which benchmark matters most for coding?", "what's the most important metric for reasoning?": the
  // top of a kind other than models is a pick of that kind, not models ranked on a score.
  { name: 'kind-at-top', from: ['ranking', 'fact'], when: (f) => f.linked.models.length === 0 && asksKindAtTop(questionClause(f.text)), to: 'recommendation' },
  // "What can we do about it?", "how do teams reduce that?", "our chatbot keeps making stuff up, what
  // should we adjust?": the ways to deal with a problem (see remedy.ts).
  { name: 'remedy', from: remedyAsApproach, when: (f) => f.remedy, to: 'recommendation' },
  // "What architecture gives the most realistic images?": a superlative over kinds of model asks
  // for a kind as a pick, not a ranking of models; a measure said of a kind is a stated fact instead.
  { name: 'kind-superlative', from: ['ranking'], when: (f) => f.objectKind === 'model-type' && !asksKindSuperlative(f.text), to: 'recommendation' },
  // "Keep our mascot's face the same across images without retraining": a way to adapt a model is asked,
  // however listy the wording…
  { name: 'adaptation', from: ['list', 'ranking'], when: (f) => f.adaptation !== undefined, to: 'recommendation' },
  // …or how-like ("how do we make it answer from our wiki?"); a named technique's own workings stay its question.
  { name: 'adaptation-how', from: ['how'], when: (f) => f.adaptation !== undefined && !f.linked.concepts.some((c) => c.kind === 'technique' && !f.ruledOut.includes(c)), to: 'recommendation' },
  // "Model for legal contracts?", "something for summarising calls": a fragment naming the thing wanted and a need asks for a pick.
  { name: 'fragment-need', from: (i) => i !== 'recommendation' && !SOCIAL.has(i), when: (f) => f.linked.models.length === 0 && namesNeedFragment(f.text), to: 'recommendation' },
  // "We have 10k support emails a day, data must stay in EU": a situation stated without a question asks what fits it.
  { name: 'bare-situation', from: (i) => i !== 'recommendation' && !SOCIAL.has(i), when: (f) => f.linked.models.length === 0 && statesBareSituation(f.text, f.categories.length > 0 || f.purpose !== undefined, !noConstraints(readConstraints(f.text))), to: 'recommendation' },
  // "What should we monitor once our model is in production?", "ops metrics to check before going to prod?":
  // the production metrics themselves, what they are and which there are, not a pick or a list of models.
  { name: 'production-watch', from: ['recommendation', 'list', 'examples', 'how', 'fact', 'uses', 'ranking'], when: (f) => f.watched === true, to: 'definition' },
  // "What kind of model is a world model based on?", "which type of model is it a fine-tune of?": what the subject is, not a kind to pick.
  { name: 'kind-of-subject', from: ['recommendation'], when: (f) => asksKindOfSubject(f.text, f.linked), to: 'definition' },
];

/** What the figure rules read besides: the figure (or figures) asked, and the end of a scale. */
export interface FigureFacts extends WordingFacts {
  attribute?: Attribute;
  figures: readonly Attribute[];
  superlative?: Direction;
  /** Whether the question follows an earlier turn. */
  followsUp: boolean;
}

/** "(Roughly) how many instructions / how much data …": a quantity of something other than models or options. */
/** The figures a catalog entry records. */
const CATALOG_FIGURE: ReadonlySet<Attribute> = new Set(['benchmark', 'pricing', 'context_window', 'released', 'developer', 'parameters']);
/** Words asking for a catch: "limits", "weaknesses", "downsides" (a context or rate limit is a figure). */
const ASKS_CATCH = /\b(?<!(?:context|token|rate|size) )(?:limit(?:s|ations?)?|limited)\b|\b(?:weakness(?:es)?|downsides?|drawbacks?|catch|cons|bad at|problems?|issues?|struggles?|worse|fails?|risks?)\b/i;

const HOW_MANY_NEEDED = /^(?:(?:so|ok|and|roughly|approximately|about|ballpark|like)[,\s]+)*how (?:many|much)\s+(?!(?:models?|llms?|options?|tools?|of (?:them|these|those))\b)\w+/i;

/** A question that opens by asking for a share: "what % of…", "what percentage of…", "how many percent…". */
const SHARE_ASKED = /^(?:(?:so|ok|and|roughly|approximately|about|ballpark)[,\s]+)*(?:(?:what|which)\s*(?:%|percent(?:age)?|share|fraction|proportion)(?=\s|$)|how many percent\b)/i;

/** "Which model…", "what option…": a thing to pick asked for. */
const ASKS_PICK = /\b(?:which|what)\s+(?:\w+\s+)?(?:models?|llms?|options?|ones?|tools?|providers?|vendors?|plans?|tiers?)\b/i;

/** Rules on the figure the question asks, read once the wording rules have run. */
export const ON_FIGURES: readonly Reread<FigureFacts>[] = [
  // "Roughly how many instructions do you need to make an instruct model?": a count asked, not a pick, whatever "need" suggests.
  { name: 'count-asked', from: ['recommendation', 'definition', 'examples'], when: (f) => f.attribute === 'figure' && HOW_MANY_NEEDED.test(f.text), to: 'fact' },
  // "What % of proofs of concept get abandoned?", "what share of deployments pay off?": a share asked, not a catch or a definition.
  { name: 'share-asked', from: ['definition', 'uses', 'why', 'examples', 'list'], when: (f) => f.attribute === 'figure' && SHARE_ASKED.test(f.text) && !ASKS_CATCH.test(f.text), to: 'fact' },
  // "What's Claude 4.5's hallucination rate, like a %?": a figure of the named model, not what the concept is.
  { name: 'models-figure', from: ['definition'], when: (f) => f.attribute === 'figure' && f.linked.models.length === 1 && /['’]s\b/.test(f.text), to: 'fact' },
  // "What LMArena Elo does Gemini 2.5 Pro hold?": a catalog figure of the named model, not a catch of it, when no word asks for a catch.
  { name: 'figure-not-limit', from: ['limitations'], when: (f) => f.attribute !== undefined && CATALOG_FIGURE.has(f.attribute) && f.linked.models.length === 1 && !ASKS_CATCH.test(f.text), to: 'fact' },
  // "What's its score and what does the API cost?", "price and context window of GPT-5": several
  // figures of one model (or of the one a thread is about) are facts, not a comparison of the figures' concepts.
  {
    name: 'several-figures',
    from: ['comparison', 'definition'],
    when: (f) => f.figures.length >= 2 && !ASKS_DIFFERENCE.test(f.text) && !/\b(?:vs\.?|versus|compared?|difference)\b/i.test(f.text) && (f.linked.models.length === 1 || (f.followsUp && /\b(?:its?|that one|this one|the model)\b/i.test(f.text))),
    to: 'fact',
  },
  // "Which model from the pricing table makes most sense?": the "most" of how well a pick fits is no
  // end of a scale; with no other, the figures' words only say where to pick from.
  {
    name: 'fit-not-ranking',
    from: ['ranking'],
    when: (f) => !f.superlative && asksFit(f.text) && !asksOrder(f.text) && ASKS_PICK.test(questionClause(f.text)) && f.linked.models.length + f.linked.names.length + f.linked.unknownNames.length === 0,
    to: 'recommendation',
  },
  // "Time to first token for Gemini 2.5 Flash in ms?", "tokens per second for GPT-5?": a figure of the
  // named model asked in its unit, not a pick or what the measure is.
  { name: 'figure-in-unit', from: ['recommendation', 'definition', 'uses', 'examples'], when: (f) => f.attribute === 'figure' && f.linked.models.length === 1 && UNIT_ASKED.test(f.text), to: 'fact' },
];

/** What the aspect rule reads besides: the aspect the intent and wording give. */
export interface AspectFacts extends FigureFacts {
  aspect?: Aspect;
}

/** The rule on the aspect, read once the target and aspect are. */
export const ON_ASPECT: readonly Reread<AspectFacts>[] = [
  // "Who uses diffusion models?" asks what a kind of thing is used for, not a figure about it.
  { name: 'uses-of-kind', from: ['fact'], when: (f) => f.aspect === 'uses' && f.linked.concepts.length > 0 && f.linked.models.length === 0 && f.attribute === undefined, to: 'uses' },
];

/** What the last rules read besides: a quote that outgrew a model's name, a catalog figure, an order asked. */
export interface StatFacts extends AspectFacts {
  /** Whether a quoted term only shared a word with a model's name (that model is no longer linked). */
  outgrown: boolean;
  stat?: string;
  ordering: boolean;
  asOf: boolean;
}

/** Attributes whose figures put models in order. */
const RANKED_BY = new Set(['pricing', 'context_window', 'benchmark']);

/** Kinds of concept a pick between two of them is answered by their comparison. */
const PICKED_KINDS: ReadonlySet<string> = new Set(['model-type', 'technique', 'deployment']);

/** Whether a pick is between two kinds of one sort (two model types, two techniques, two ways to deploy). */
function pickBetweenKinds(f: StatFacts): boolean {
  const kinds = readSides(f.text, 'comparison', f.linked, f.ctx, true);
  const [a, b] = kinds.map((s) => s.concept);
  return kinds.length === 2 && a !== undefined && b !== undefined && a !== b && a.kind !== undefined && a.kind === b.kind && PICKED_KINDS.has(a.kind);
}

/** Whether the wording sets exactly two catalog models against each other ("Gemini 2.5 Pro or Claude 4.5 Sonnet for…"). */
function pickBetweenModels(f: StatFacts): boolean {
  if (f.linked.models.length !== 2) return false;
  const sides = readSides(f.text, 'comparison', f.linked, f.ctx, true);
  return sides.length === 2 && sides.every((s) => s.model) && sides[0]!.model !== sides[1]!.model;
}

/** Rules read last, on the links as quotes left them and the figure the catalog records. */
export const ON_STAT: readonly Reread<StatFacts>[] = [
  // "what's a 'custom copilot'…": the quoted term, no longer a model, is what is defined.
  { name: 'quoted-term', from: any, when: (f) => f.outgrown && /^\W*what(?:'s|s| is| are)\s+(?:an?\s+|the\s+)?['"“‘]/i.test(f.text), to: 'definition' },
  // "Which tool has the most enterprise seats?": a superlative over a figure the catalog records by
  // that label ranks the models on it, whatever shape the wording took (a pick, a definition of "API").
  { name: 'stat-superlative', from: not('ranking', 'list', 'comparison', 'yesno'), when: (f) => !!f.stat && !!f.superlative && f.linked.models.length !== 1, to: 'ranking' },
  // "Monthly Hugging Face downloads for Llama 4?": a figure the catalog records by that label, of one
  // named model, asks for that model's figure, not a pick or a profile (whether it has one or not).
  { name: 'stat-of-model', from: ['recommendation', 'definition', 'examples', 'uses'], when: (f) => !!f.stat && !f.superlative && f.linked.models.length === 1, to: 'fact' },
  // "Put A, B and C in order of output price", "X vs Y vs Z, from cheapest": three or more models
  // put in order on a figure are ranked on it, not compared two at a time or stated one by one.
  { name: 'models-in-order', from: ['comparison', 'fact', 'recommendation'], when: (f) => f.ordering && f.linked.models.length >= 3 && (RANKED_BY.has(f.attribute ?? '') || !!f.stat), to: 'ranking' },
  // "What date are the table's prices from?": the date they hold for is a fact, however listy the wording.
  { name: 'as-of', from: ['list', 'definition', 'recommendation', 'examples'], when: (f) => f.asOf, to: 'fact' },
  // "Chat vs instruct models, which for a support bot?", "RAG or prompting, which should we use?": a pick
  // between two kinds of model (or techniques, or ways to deploy) asks first how the two differ.
  { name: 'pick-between-kinds', from: ['recommendation'], when: (f) => f.linked.models.length === 0 && pickBetweenKinds(f), to: 'comparison' },
  // "Gemini 2.5 Pro or Claude 4.5 Sonnet for our helpdesk?": a pick between two named models weighs
  // those two for the purpose, not the whole catalog.
  { name: 'pick-between-models', from: ['recommendation'], when: pickBetweenModels, to: 'comparison' },
];
