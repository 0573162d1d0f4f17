/**
 * `understand(question, previous)`: the one place a question's wording is read. Everything later
 * (plans, composition, suggestions) works from the returned value.
 *
 * clean → clauses → link entities (concepts, models, articles) → classify intent on the wording
 * with entities as placeholders → attribute, aspect, needs, sides → retrieval terms → resolve a
 * follow-up against the previous turn's understood value.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import { fold, stem, STOP_WORDS, words } from '../../knowledge/search/text.js';
import type { Aspect, CatalogEntry } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { everydayCues } from '../lexicon/senses.js';
import { asksAsOf, asksFit, asksRunNeeds, asksOrder, detectAttribute, detectAttributes, detectSuperlative, withoutGranted } from './attributes.js';
import { clauses, cleanQuestion } from './clean.js';
import { familiesOf, FRAMING, linkEntities, type LinkContext } from './entities.js';
import type { Classifier } from './intent/classifier.js';
import { INTENT_EXAMPLES, type Intent, type Target } from './intent/examples.js';
import { withoutIndifference } from './indifference.js';
import { categoryConcept, categoryTerms, noConstraints, readCategories, readConstraints } from './needs.js';
import { resolveFollowUp } from './followup.js';
import { readForPurpose, readPurpose } from './purpose.js';
import { requestedSentences } from './length.js';
import { asksKindSuperlative } from './kind-superlative.js';
import { readAdaptation, ruledOut } from './adaptation.js';
import { asksForMaker, asksKindPick, modelForLongInput, MODEL_NOUNS, objectTarget, outputAsksModel } from './target.js';
import { asksAdjustment, asksRemedy, remedyAsApproach, remedySection, REMEDY_WORDS } from './remedy.js';
import { modelsOutgrownByQuote, readSides } from './sides.js';
import { queryTerms, WEAK_TERMS } from './terms.js';
import { namedStat } from './stat.js';
import { asksUnderlying } from './underlying.js';
import { readItemRanking } from './item-ranking.js';
import { readKindMisfit } from './kind-misfit.js';
import { asksVerdictOnPlan } from './verdict-ask.js';
import { readEnumeration } from './enumerates.js';
import { asksWhatNamedIs } from './bare-plural.js';
import { makerAsked } from './alternative.js';
import type { Constraints, ListedItem, Side, Understanding } from './types.js';
import { escapeRegExp } from '../lexicon/regexp.js';
import { readParamCount } from './param-count.js';
import { greetingInsideRequest, readOutOfScope } from './out-of-scope.js';
import { asksToHearAbout } from './explain-frame.js';

export interface UnderstandContext extends LinkContext {
  intents: Classifier<Intent>;
  targets: Classifier<Target>;
}

/** What an earlier turn was about: its understanding, and what its answer named. */
export interface Turn {
  understanding: Understanding;
  /** Models the answer picked or listed, first the main one. */
  models: readonly CatalogEntry[];
  /** Concepts the answer was about. */
  concepts: readonly Concept[];
  /** Named models the answer names first, when the catalog does not hold them. */
  names: readonly string[];
  /** The items of the list the answer gave, if it gave one. */
  items?: readonly ListedItem[];
}

const SOCIAL: ReadonlySet<Intent> = new Set(['greeting', 'thanks', 'help']);

const INTENT_ASPECT: Partial<Record<Intent, Aspect>> = {
  definition: 'definition',
  how: 'how',
  uses: 'uses',
  limitations: 'limitations',
  examples: 'examples',
  why: 'why',
  list: 'types',
};

/** "Why does X matter?", "why is X important?": what X is worth, not why something happened. */
const IMPORTANCE = /\b(?:matters?|mattering|important|importance|care about|significant|significance|a big deal)\b/i;

/** "How much cheaper is A than B?", "how far behind…", "the gap between A and B on price": the size of a difference. */
const GAP = /\bhow (?:much|many|far)\s+(?:\w+\s+)?(?:cheaper|pricier|costlier|more|less|bigger|larger|smaller|longer|shorter|higher|lower|behind|ahead|further|faster|slower|better|worse)\b|\bby how much\b|\bhow (?:big|large|wide) (?:is )?(?:the )?(?:gap|difference)\b|\b(?:gap|delta)\s+(?:between|in|on)\b|\bdifference in (?:price|cost|context|score)\w*\b|\b(?:price|cost|context(?: window)?|score) (?:gap|difference)\b/i;

/** "In which years…", "during what period…", "what era…": the dates something held, asked for. */
/** "(Roughly) how many instructions / how much data …": a quantity of something other than models or options. */
const HOW_MANY_NEEDED = /^(?:(?:so|ok|and|roughly|approximately|about|ballpark|like)[,\s]+)*how (?:many|much)\s+(?!(?:models?|llms?|options?|tools?|of (?:them|these|those))\b)\w+/i;

/** "Best practices for…", "what are the best practices": asks for the practices themselves. */
const BEST_PRACTICES_ASKED = /\bbest[- ]practices\b/i;

const ASKS_DATES = /\b(?:which|what)\s+(?:years?|period|periods|era|decades?|time ?span|time ?frame|stretch of time)\b|\bfrom when (?:to|until) when\b/i;

/** Wording that names an aspect whatever the intent ("what's the catch with X"). */
const ASPECT_CUES: Array<[Aspect, RegExp]> = [
  ['tradeoffs', /\btrade-?of+s?\b|\bpros and cons\b|\bgain or lose\b|\bworth it\b/i],
  ['limitations', /\b(?:catch|downsides?|drawbacks?|weakness(?:es)?|limitations?|bad at|struggles? with|still bad|risks?|nervous|worr(?:y|ied)|concerns?|pitfalls?|cons)\b/i],
  ['uses', /\bused for\b|\buse cases?\b|\bgood for\b|\buseful for\b|\bapplications?\b|\bwhat (?:can|could) .{1,40} do\b(?!\s+(?:about|against)\b)|\busable for\b|\bwho (?:uses|would use|should use|needs)\b|\bwhat (?:is|are) (?:it|they|those|these) for\b/i],
  ['how', /\bhow (?:does|do|did|is|are)\b.{0,60}\b(?:work|works|learn|trained|made|built|generate|combine|turn)\b|\bunder the hood\b|\binternally\b|\bmechanism\b|\bwhat (?:actually )?happens\b/i],
  ['history', /\bwhen (?:were|was|did)\b.{0,50}\b(?:top|dominant|popular|replace|took over|take over)\b|\bstop(?:ped)? using\b|\bhistory\b|\bused to be\b|\ba few years ago\b/i],
  ['history', new RegExp(ASKS_DATES.source, 'i')],
  ['examples', /\bexamples?\b|\bsuch as\b|\bname (?:a few|some)\b/i],
  ['choosing', /\bwhen (?:does|do|should|is|would|are) .{1,60}\b(?:make (?:more )?sense|better|worth|the right (?:choice|call)|the way to go)\b|\bwhen to (?:use|choose|pick)\b/i],
];

function aspectOf(intent: Intent, text: string): Aspect | undefined {
  const cue = ASPECT_CUES.find(([, re]) => re.test(text))?.[0];
  const fromIntent = INTENT_ASPECT[intent];
  // The intent decides; a cue refines a plain definition ("whats the catch with VAEs"), and "why are
  // people nervous about X" asks for its risks.
  if (intent === 'why' && cue === 'limitations') return cue;
  if (cue === 'choosing' && (intent === 'comparison' || intent === 'recommendation' || intent === 'definition')) return cue;
  if (fromIntent && fromIntent !== 'definition' && fromIntent !== 'types') return fromIntent;
  return cue ?? fromIntent;
}

/** "Which model…", "what option…": a thing to pick asked for. */
const ASKS_PICK = /\b(?:which|what)\s+(?:\w+\s+)?(?:models?|llms?|options?|ones?|tools?|providers?|vendors?|plans?|tiers?)\b/i;

/** Attributes whose figures put models in order. */
const RANKED_BY = new Set(['pricing', 'context_window', 'benchmark']);

/** Wording that asks how two things differ: "how X differs from Y", "the difference between X and Y". */
const ASKS_DIFFERENCE = /\b(?:differs?|different) from\b|\bdifferences? between\b.+\b(?:and|vs\.?|versus)\b/i;

/** "besides autocomplete", "other than chat": what the asker already has in mind, not what to look for. */
const SET_ASIDE = /\b(?:besides|other than|apart from|aside from|rather than|instead of|(?:matters?|counts?|cares?|weighs?) more than|except(?: for)?)\s+((?:[\w'-]+\s*){1,3}?)(?=[,.?!;:]|\s+(?:and|or|but|is|are|do|does|can|what|which)\b|$)/gi;

/** What a question sets aside ("benchmarks" in "besides benchmarks, what should we track?"). */
export function setAsidePhrases(text: string): string[] {
  return [...text.matchAll(SET_ASIDE)].map((m) => m[1]!.trim());
}

function setAside(text: string, terms: WeightedTerm[], ctx: UnderstandContext): void {
  for (const phrase of setAsidePhrases(text)) {
    const aside = new Set(ctx.index.analyzer.terms(phrase));
    for (const t of terms) if (aside.has(t.term)) t.weight *= 0.2;
  }
}

/** Words a greeting or a thanks is made of. */
const SOCIAL_WORDS = /\b(?:hi|hello|hey|hiya|yo|howdy|hola|morning|afternoon|evening|gm|sup|thanks|thank|thx|ty|cheers|appreciated?|great|awesome|perfect|nice|cool|brilliant|bye|goodbye|how are you|how's it going)\b/i;

/** Words of the greetings and thanks the classifier learns from ("cheers", "helped"): chat, not a topic the knowledge lacks. */
const SOCIAL_VOCABULARY = new Set([...INTENT_EXAMPLES.greeting, ...INTENT_EXAMPLES.thanks].flatMap((e) => words(fold(e), false).map(stem)));

/** Wording that asks whether two names mean the same thing. */
const IDENTITY = /\b(?:another|a fancy|a different|a new|just a|just another|the same)\s+(?:word|name|term|label)\s+for\b|\bsame thing as\b|\bsynonym(?:ous)? (?:for|with)\b|\bjust (?:a |an )?rebrand\w* of\b/i;

/** "Are X and Y the same thing?": a yes/no question, though it names two things like a comparison. */
const SAME_QUESTION = /^(?:is|are)\b.{1,80}\b(?:and|&)\b.{1,80}\b(?:the same(?: thing)?|identical|interchangeable|synonyms|synonymous|equivalent)\s*\??$/i;

/** "Which model introduced…", "what lab first released…": a thing asked about by what it did. */
/** "5 things to check before…", "the steps to choose…", "a checklist for…": a request for a list of checks or steps. */
const CHECKS_REQUEST = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|some|the main|the key)?\s*(?:things|steps|checks|factors|criteria|questions|considerations)\s+(?:(?:i|we|you|teams?) (?:should|must|need to)\s+|worth\s+|to\s+)(?:check\w*|consider\w*|look\w* at|weigh\w*|ask\w*|keep\w* in mind|think\w* about|go\w* through|follow\w*|tak\w*|choos\w*|pick\w*|select\w*)\b|\bcheck-?lists?\b/i;
/** "What should we check before we pick a model?": the same request, worded as advice (read as one when the subject has no list of checks). */
const CHECKS_ASKED = /\bwhat (?:should|do|must) (?:i|we|you|teams?) (?:check|consider|look at|weigh) (?:before|when|first)\b/i;

/** "Name the four benchmarks the guide recommends…", "list all the …s": a request for every item. */
const LIST_REQUEST = /^(?:(?:can|could) you\s+|please\s+|pls\s+)?(?:name|list|enumerate)\s+(?:(?:all|every|some|a few)\s+(?:of\s+)?(?:the\s+)?|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)?\s*|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)(?!best\b|right\b|one\b)((?:[\w.-]+\s+){0,3}?[\w-]{3,}[^s\W]s)\b/i;
const PAST_DEED = /\b(?:which|what)\s+(?:\w+\s+)?(?:models?|llms?|labs?|compan(?:y|ies)|teams?|papers?|vendors?|providers?|architectures?|techniques?)\s+(?:first\s+)?(?!(?:need|feed|speed|seed|based)\b)(?:\w+ed|made|built|came|began|won|took|beat|led|brought|wrote|gave)\b/i;

/** "What benchmarks should we…", "which settings do I…": a kind asked for in the plural. */
const PLURAL_KIND = /^\W*(?:(?:so|ok|and)\s+)?(?:what|which)\s+([a-z-]{3,}?)s\s+(?:should|do|would|could|can|must|to)\b/i;

/**
 * Whether the question asks for the things of a kind in the plural ("what benchmarks should we look
 * at?") with nothing that narrows them to a pick: no model, no kind of content, task or need.
 */
function asksKindsUnnarrowed(text: string, linked: { concepts: readonly Concept[]; models: readonly unknown[] }, situated: boolean): boolean {
  const singular = PLURAL_KIND.exec(text)?.[1]?.toLowerCase();
  if (!singular || situated || linked.models.length > 0 || !noConstraints(readConstraints(text))) return false;
  const kind = linked.concepts.find((c) => c.kind !== undefined && c.names.some((n) => n.toLowerCase() === singular));
  return kind !== undefined && !linked.concepts.some((c) => c !== kind && c.kind === 'model-type');
}

/** "What factors drive that?", "what causes the difference?": the causes asked for, a why question however listy. */
const CAUSES = /\bwhat (?:\w+ )?(?:factors?|things?|variables?)\s+(?:drive|drives|cause|causes|explain|explains|affect|affects|determine|determines|influence|influences|shape|shapes|decide|decides|lead to|account for|make|makes)\b|\bwhat (?:drives|causes|determines|explains|accounts for)\b/i;

/** A question that opens by asking what something is. */
const DEFINITION_FRAME = /^(?:so |ok |okay )?(?:what(?:'s| is| are|s)\s+(?:an?\s+|the\s+)?\S+(?:\s+\S+)?\s+(?:and|&)\b|what does .{1,40} (?:mean|stand for)\b|define\b|what do (?:you|people) mean by\b)/i;

/** A wh-question followed by a yes/no guess about what it asked: "how does X work? is it …". */
const GUESS_AFTER = /^(?:what|whats|what's|how|why|which)\b[^?]*\?\s*(?:is|are|does|do|did|was|were|can|could)\s+(?:it|they|that|this|those|these|there)\b/i;

/** Words that make a message about the bot itself. */
const ABOUT_BOT = /\b(?:you|your|yourself|bot|commands?|menu|usage|help|model guide)\b/i;

/** Words the knowledge has that a message asks about (not the bot's own words: "help", "commands"). */
function topicWords(terms: readonly WeightedTerm[]): number {
  return terms.filter((t) => t.weight >= 1 && !t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !ABOUT_BOT.test(t.term)).length;
}

/**
 * The intent, keeping greetings, thanks and help for messages that are only that: a message that
 * names a topic (an entity, a kind of content such as audio) or words the knowledge does not know
 * is no small talk.
 */
function decideIntent(ranked: ReturnType<Classifier<Intent>['classify']>, text: string, hasTopic: boolean, unknown: readonly string[], topicWords = 0) {
  const count = text.split(/\s+/).filter(Boolean).length;
  const unknownWords = unknown.filter((w) => !SOCIAL_VOCABULARY.has(stem(w))).length;
  const social = (i: Intent) => {
    if (!SOCIAL.has(i) || hasTopic || count > 7) return false;
    // Help is help only when the whole message is about the bot; a greeting or thanks has no topic words.
    // "Can you specialise one for Cantonese?" addresses the bot but asks about two things the knowledge has.
    if (i === 'help') return (ABOUT_BOT.test(text) && topicWords < 2) || /^\W*$/.test(text);
    return SOCIAL_WORDS.test(text) && (unknownWords <= 1 || count <= 2);
  };
  const kept = ranked.filter((r) => !SOCIAL.has(r.label) || social(r.label));
  // Probabilities among the intents still possible.
  const total = kept.reduce((sum, r) => sum + r.p, 0) || 1;
  const usable = kept.map((r) => ({ label: r.label, p: r.p / total }));
  // "What does RAG stand for and why do people use it?": the definition asked first leads.
  const definitionFirst = DEFINITION_FRAME.test(text) && ['why', 'uses', 'how'].includes(usable[0]!.label);
  const defIndex = usable.findIndex((r) => r.label === 'definition');
  if (definitionFirst && defIndex > 0 && defIndex <= 3 && usable[defIndex]!.p >= 0.05) usable.unshift(...usable.splice(defIndex, 1));
  // "How does X work? is it two models glued together?": the yes/no after a wh-question is the
  // asker's guess at its answer, so the wh-question leads.
  if (GUESS_AFTER.test(text) && usable[0]!.label === 'yesno' && usable[1] && usable[1].p >= 0.1) usable.unshift(...usable.splice(1, 1));
  const top = usable[0]!;
  const second = usable[1];
  const runnerUp = second && second.p >= 0.2 && top.p - second.p < 0.3 ? { intent: second.label, p: second.p } : undefined;
  return { intent: top.label, confidence: top.p, ...(runnerUp ? { runnerUp } : {}) };
}

/**
 * Classifies the wording both with entities as placeholders and as written, and averages: a linked
 * category ("which video model?") must not turn a recommendation into a definition, and an unlinked
 * name must not hide the question's frame.
 */
function classify<L extends string>(classifier: Classifier<L>, withPlaceholders: string, asWritten: string, whole?: { withPlaceholders: string; asWritten: string }) {
  const mix = new Map<L, number>();
  const add = (text: string, weight: number) => {
    for (const p of classifier.classify(text)) mix.set(p.label, (mix.get(p.label) ?? 0) + p.p * weight);
  };
  // With nothing replaced by a placeholder the two readings are one text: classified once.
  if (withPlaceholders === asWritten) add(asWritten, 1);
  else {
    add(withPlaceholders, 0.5);
    add(asWritten, 0.5);
  }
  // The sentence that asks decides; the whole message ("X vs Y, what's the trade-off?") still counts.
  if (whole && whole.asWritten !== asWritten) {
    for (const [label, p] of mix) mix.set(label, p * 0.65);
    if (whole.withPlaceholders === whole.asWritten) add(whole.asWritten, 0.35);
    else {
      add(whole.withPlaceholders, 0.175);
      add(whole.asWritten, 0.175);
    }
  }
  return [...mix].map(([label, p]) => ({ label, p })).sort((x, y) => y.p - x.p);
}

/** "what is a lora", "define RAG": a short question naming its own subject, not "what's the difference", "what's the move". */
const NAMES_ITS_SUBJECT = /^(?:what(?:'s|s|\s+is|\s+are)|define)\s+(?:an?\s+(?!(?:good|better|best|way|thing|catch)\b)\w|(?!(?:the|that|this|it|its|they|them|those|these|up|next|wrong|better|best|worse|going|happening|your|our|my|their|his|her|new|different|more|less|so|there|here|with|in|on|for|of|to)\b)\w)/i;

const QUESTION_START = /^(?:what|whats|how|why|which|who|when|where|is|are|does|do|did|can|could|should|would|will|any|anyone|list|name|define|explain|compare|tell)\b/i;

/**
 * The clause that asks: "it invented a book title yesterday. why does it make stuff up?" is a why
 * question, whatever the context around it says. The last clause that ends with "?" or opens like
 * a question, else the whole message.
 */
function questionClause(text: string): string {
  const parts = clauses(text);
  if (parts.length <= 1) return text;
  const opening = (p: string) => p.replace(/^(?:wait|ok|okay|so|hmm+|also|and|but|right|btw|lol)[\s,]+/i, '');
  const asking = parts.filter((p) => /\?\s*$/.test(p) || QUESTION_START.test(opening(p)));
  if (asking.length === 0) return text;
  // A short question ("Which video model?"), or one pointing back ("how big is one?"), is read with
  // the sentence that sets it up.
  const last = asking[asking.length - 1]!;
  const at = parts.lastIndexOf(last);
  const pointsBack = /\b(?:one|it|its|they|them|those|these)\b/i.test(last);
  // "…on our brand style. what is a lora": a short question naming what it asks about stands alone.
  const namesItsSubject = NAMES_ITS_SUBJECT.test(opening(last)) && !pointsBack;
  if ((last.split(/\s+/).length <= 4 || pointsBack) && !namesItsSubject && at > 0) return `${parts[at - 1]} ${last}`;
  // "…? any examples?" asks both: keep consecutive asking clauses at the end together.
  return asking.length > 1 && /^(?:and|any|also|or)\b/i.test(asking[asking.length - 1]!) ? asking.slice(-2).join(' ') : asking[0] === parts[0] && asking.length === 1 ? asking[0]! : asking[asking.length - 1]!;
}

/** Kinds of concept a pick between two of them is answered by their comparison. */
const PICKED_KINDS: ReadonlySet<string> = new Set(['model-type', 'technique', 'deployment']);

/** The intent the wording turned out to ask, keeping the classifier's reading as the runner-up. */
function reread(decided: { intent: Intent; confidence: number; runnerUp?: { intent: Intent; p: number } }, intent: Intent): void {
  Object.assign(decided, { intent, runnerUp: { intent: decided.intent, p: decided.confidence } });
}

export function understand(question: string, ctx: UnderstandContext, previous?: Turn): Understanding {
  const text = cleanQuestion(question);
  const parts = clauses(text);
  const linked = linkEntities(parts, ctx);
  // A factor waved away ("we don't care about self-hosting") is not what the question is about.
  const stated = statedOnly(text);
  if (stated !== text) {
    const kept = linkEntities(clauses(stated), ctx).concepts;
    linked.concepts = linked.concepts.filter((c) => kept.includes(c));
  }
  const hasEntity = linked.concepts.length + linked.models.length + linked.articles.length > 0;
  // "like im 5", "in simple terms": how to answer, not what about.
  const asked = text.replace(FRAMING, ' ');
  const { terms, unknown } = queryTerms(asked, ctx.index, linked.linkedWords, questionClause(asked));
  setAside(text, terms, ctx);
  // "Which certifications…", "what factors…": the thing asked for.
  const object = /\b(?:which|what)\s+(\w{4,})/i.exec(text)?.[1];
  if (object && !MODEL_NOUNS.test(object) && !familiesOf(ctx.catalog).has(object.toLowerCase()) && !/^(?:even|exactly|actually|really|else|about|kind|sort|type|does|would|should|could|will|were|have)$/i.test(object)) for (const t of ctx.index.analyzer.terms(object)) { const hit = terms.find((x) => x.term === t); if (hit) hit.weight *= 2; }
  // "Spot fraudulent transactions": the task decides the pick, and the records it names are read.
  const purpose = readPurpose(text, readCategories(text));
  const categories = readForPurpose(readCategories(text), purpose);
  for (const term of purpose ? ctx.index.analyzer.terms(purpose).filter((t) => ctx.index.has(t)) : []) {
    const hit = terms.find((t) => t.term === term);
    if (hit) hit.weight = Math.max(hit.weight, 1);
    else terms.push({ term, weight: 1 });
  }
  // The framing says how to answer, not what is asked: "what is a token, for a non-technical boss"
  // is a definition, whoever will read it.
  // A pick for someone ("which model is best for a beginner?") keeps its reader as a constraint.
  const explaining = /^(?:what|whats|what's|explain|define|describe|how|tell me|eli5)\b/i.test(text);
  const unframed = (s: string) => !explaining ? s : s.replace(FRAMING, ' ').replace(/\s+([,.?!])/g, '$1').replace(/\s{2,}/g, ' ').replace(/[\s,]+$/, '').trim() || s;
  const plainPlaced = unframed(linked.placeholderText);
  const decided = decideIntent(classify(ctx.intents, questionClause(plainPlaced), questionClause(unframed(text)), { withPlaceholders: plainPlaced, asWritten: unframed(text) }), text, hasEntity || categories.length > 0, unknown, topicWords(terms));
  if (decided.intent === 'greeting' && greetingInsideRequest(text)) reread(decided, decided.runnerUp?.intent ?? 'definition');
  if (['recommendation', 'ranking', 'list', 'fact', 'comparison', 'limitations', 'examples'].includes(decided.intent) && asksToHearAbout(text, linked)) reread(decided, 'definition');
  // "Is X just a fancy word for Y?": whether two names mean one thing is a yes/no question.
  if (((IDENTITY.test(text) && decided.intent !== 'comparison') || SAME_QUESTION.test(text)) && decided.intent !== 'yesno') reread(decided, 'yesno');
  // "We want an image model to write our SQL, will that work?", "is it fine to use a GAN for our
  // chatbot?": a verdict on the plan is asked, whatever model type or need the plan names.
  if (decided.intent !== 'yesno' && !SOCIAL.has(decided.intent) && asksVerdictOnPlan(text)) reread(decided, 'yesno');
  // "Which model pioneered X?", "which lab released Y?": a past deed asks for a fact, not for a pick.
  if (decided.intent === 'recommendation' && PAST_DEED.test(text) && !detectSuperlative(text)) reread(decided, 'fact');
  // "could you explain how closed models differ from open ones?": the wording asks for the difference
  // whatever the rest of it reads like; a yes/no ("is X different from Y?") keeps its verdict.
  if (!['comparison', 'yesno', 'why'].includes(decided.intent) && ASKS_DIFFERENCE.test(text) && linked.concepts.length + linked.models.length >= 1) reread(decided, 'comparison');
  // "5 things to check before picking a model", "a checklist for choosing one": the documents' list of
  // checks or steps, not advice for one situation.
  const checklist = (CHECKS_REQUEST.test(text) || CHECKS_ASKED.test(text)) && linked.concepts.length > 0;
  if (['recommendation', 'fact', 'definition', 'examples'].includes(decided.intent) && checklist && CHECKS_REQUEST.test(text)) reread(decided, 'list');
  // "Best practices for training gen AI models?": the documents' practices, not the best model.
  if (['recommendation', 'ranking'].includes(decided.intent) && linked.models.length === 0 && BEST_PRACTICES_ASKED.test(text) && !detectSuperlative(text)) reread(decided, 'list');
  if (decided.intent === 'recommendation' && LIST_REQUEST.test(text)) reread(decided, 'list');
  // "During what period were GANs on top?" asks for dates, not a pick.
  // "What years were GANs the top architecture?": the top of a time, not a ranking of models (those named ones keep it).
  if ((decided.intent === 'recommendation' || (decided.intent === 'ranking' && linked.models.length < 2)) && ASKS_DATES.test(text)) reread(decided, 'fact');
  // "What benchmarks should we look at?" with no situation to narrow them asks for all the documents give.
  if (decided.intent === 'recommendation' && asksKindsUnnarrowed(text, linked, categories.length > 0 || purpose !== undefined)) reread(decided, 'list');
  if ((decided.intent === 'list' || decided.intent === 'comparison') && CAUSES.test(text)) reread(decided, 'why');
  // "What can turn a description into a video?", "…people dancing, what model?": asks for the thing that does it.
  if (['definition', 'how', 'uses', 'examples', 'why', 'limitations'].includes(decided.intent) && asksForMaker(text)) reread(decided, 'recommendation');
  // "Turn our product photos into video clips", "can we animate our product photos?": content of one
  // kind made from another's asks for what does the making, whatever the wording's shape.
  const converts = categories.some((c) => c.direction === 'input') && categories.some((c) => c.direction === 'output' && c.category !== 'text');
  if (['definition', 'how', 'uses', 'examples', 'why', 'yesno'].includes(decided.intent) && converts && linked.models.length === 0 && !linked.concepts.some((c) => c.kind === 'model-type')) reread(decided, 'recommendation');
  // "What benchmark tells me how well a model reasons?", "what temperature for writing code?": a thing
  // of a kind named as what is asked, for a need, is a pick of that kind, not how it works or what it is for.
  if (['definition', 'how', 'uses', 'examples', 'why', 'limitations', 'fact'].includes(decided.intent) && asksKindPick(text) && linked.models.length === 0) reread(decided, 'recommendation');
  // "What can we do about it?", "how do teams reduce that?": the ways to deal with a problem.
  // "Our chatbot keeps making stuff up, what should we adjust?": a problem the documents say how to
  // deal with, then a request for what to alter, asks for that remedy (a kind named outright,
  // "what setting…", stays the thing asked for).
  const problemStated = () => { const headings = remedyHeadings(ctx.index); return linked.concepts.some((c) => headings.some((h) => c.names.some((n) => h.includes(n.toLowerCase())))); };
  const remedy = asksRemedy(text) || (asksAdjustment(text) && objectTarget(text, familiesOf(ctx.catalog)) === undefined && problemStated());
  if (remedy && remedyAsApproach(decided.intent)) reread(decided, 'recommendation');
  // "What architecture gives the most realistic images?": a superlative over kinds of model asks
  // for a kind as a pick, not a ranking of models; a measure said of a kind is a stated fact instead.
  if (decided.intent === 'ranking' && objectTarget(text, familiesOf(ctx.catalog)) === 'model-type' && !asksKindSuperlative(text)) reread(decided, 'recommendation');
  // "Keep our mascot's face the same across images without retraining": a way to adapt a model is asked,
  // however listy or how-like the wording; a named technique's own workings stay its question.
  const adaptation = readAdaptation(text);
  if (adaptation) adaptationTerms(text, terms, linked, ctx);
  if (adaptation && (['list', 'ranking'].includes(decided.intent) || (decided.intent === 'how' && !linked.concepts.some((c) => c.kind === 'technique')))) reread(decided, 'recommendation');
  const subject = linked.articles.length > 0 && linked.models.length === 0 ? 'article' : linked.models.length > 0 ? 'model' : 'other';
  // "A vs B, both open source, what's the diff?": what both sides share is no criterion asked.
  const criteria = decided.intent === 'comparison' ? withoutGranted(text) : text;
  const attribute = detectAttribute(criteria, subject);
  // "Roughly how many instructions do you need to make an instruct model?": a count asked, not a pick, whatever "need" suggests.
  if (['recommendation', 'definition', 'examples'].includes(decided.intent) && attribute === 'figure' && HOW_MANY_NEEDED.test(text)) reread(decided, 'fact');
  // "What's Claude 4.5's hallucination rate, like a %?": a figure of the named model, not what the concept is.
  if (decided.intent === 'definition' && attribute === 'figure' && linked.models.length === 1 && /['’]s\b/.test(text)) reread(decided, 'fact');
  // "What's its score and what does the API cost?", "price and context window of GPT-5": several
  // figures of one model (or of the one a thread is about) are facts, not a comparison of the figures' concepts.
  const figures = subject !== 'article' && linked.models.length <= 1 ? detectAttributes(criteria) : [];
  if (figures.length >= 2 && ['comparison', 'definition'].includes(decided.intent) && !ASKS_DIFFERENCE.test(text) && !/\b(?:vs\.?|versus|compared?|difference)\b/i.test(text) && (linked.models.length === 1 || (previous !== undefined && /\b(?:its?|that one|this one|the model)\b/i.test(text)))) reread(decided, 'fact');
  // "The big models are the most expensive part of our bill. Which model should we use?": a
  // superlative in the context says how things stand, not which end the question asks for.
  const superlative = detectSuperlative(questionClause(text));
  // "Which model from the pricing table makes most sense?": the "most" of how well a pick fits is no
  // end of a scale; with no other, the figures' words only say where to pick from.
  if (decided.intent === 'ranking' && !superlative && asksFit(text) && !asksOrder(text) && ASKS_PICK.test(questionClause(text)) && linked.models.length + linked.names.length + linked.unknownNames.length === 0) reread(decided, 'recommendation');
  const classifiedTarget = decided.intent === 'recommendation' ? objectTarget(text, familiesOf(ctx.catalog)) ?? modelForLongInput(outputAsksModel(text, categories, classify(ctx.targets, linked.placeholderText, text)[0]!.label), text, readConstraints(text).longContext) : undefined;
  // "Fine-tune on product shots for our shop": adapting a model on one's own material of a kind of
  // content needs a model of that kind whose weights can be tuned; the way (fine-tuning) is said already.
  const tuneWhich = classifiedTarget === 'approach' && categories.length > 0 && readConstraints(text).fineTune && objectTarget(text, familiesOf(ctx.catalog)) === undefined;
  const target = decided.intent === 'recommendation' && (remedy || adaptation) ? 'approach' : tuneWhich ? 'model' : classifiedTarget;
  const aspect = aspectOf(decided.intent, text);
  // "Who uses diffusion models?" asks what a kind of thing is used for, not a figure about it.
  if (decided.intent === 'fact' && aspect === 'uses' && linked.concepts.length > 0 && linked.models.length === 0 && attribute === undefined) Object.assign(decided, { intent: 'uses', runnerUp: { intent: 'fact', p: decided.confidence } });
  if (linked.concepts.length === 0 && /\bmodels?\b|\bgenerators?\b|\bai\b/i.test(text)) {
    const kind = categoryConcept(categories, ctx);
    if (kind) linked.concepts.push(kind);
  }
  for (const term of categoryTerms(categories, ctx)) if (!terms.some((t) => t.term === term)) terms.push({ term, weight: 0.8 });
  // "What can we do about it?" names no remedy: the words documents use for one are searched for.
  if (remedy) for (const term of ctx.index.analyzer.terms(REMEDY_WORDS)) if (!terms.some((t) => t.term === term)) terms.push({ term, weight: 0.6 });
  // "what's a 'custom copilot'…": a quoted term that only shares a word with a model's name is
  // the subject itself, not that model (nor the concept named after it).
  const outgrown = modelsOutgrownByQuote(text, linked.models);
  if (outgrown.length > 0) {
    linked.models = linked.models.filter((m) => !outgrown.includes(m));
    const names = new Set(outgrown.map((m) => m.name.toLowerCase()));
    linked.concepts = linked.concepts.filter((c) => !names.has(c.name.toLowerCase()));
    // Nor is the model's synonym group ("~github_copilot") a term to search by.
    const groups = new Set(outgrown.map((m) => `~${ctx.index.analyzer.terms(m.name).filter((t) => !t.startsWith('~')).join('_')}`));
    for (let i = terms.length - 1; i >= 0; i--) if (groups.has(terms[i]!.term)) terms.splice(i, 1);
    if (/^\W*what(?:'s|s| is| are)\s+(?:an?\s+|the\s+)?['"“‘]/i.test(text)) reread(decided, 'definition');
  }
  // "Which tool has the most enterprise seats?": a superlative over a figure the catalog records by
  // that label ranks the models on it, whatever shape the wording took (a pick, a definition of "API").
  const stat = namedStat(text, ctx.catalog, [...linked.concepts.filter((c) => c.kind === 'model-type').flatMap((c) => c.names), ...categories.map((c) => c.category)]);
  if (stat && superlative && linked.models.length !== 1 && !['ranking', 'list', 'comparison', 'yesno'].includes(decided.intent)) reread(decided, 'ranking');
  // "Monthly Hugging Face downloads for Llama 4?": a figure the catalog records by that label, of one
  // named model, asks for that model's figure, not a pick or a profile (whether it has one or not).
  if (stat && !superlative && linked.models.length === 1 && ['recommendation', 'definition', 'examples', 'uses'].includes(decided.intent)) reread(decided, 'fact');
  // "Put A, B and C in order of output price", "X vs Y vs Z, from cheapest": three or more models
  // put in order on a figure are ranked on it, not compared two at a time or stated one by one.
  const ordering = asksOrder(text);
  if (ordering && linked.models.length >= 3 && (RANKED_BY.has(attribute ?? '') || stat) && ['comparison', 'fact', 'recommendation'].includes(decided.intent)) reread(decided, 'ranking');
  const itemRanking = linked.models.length === 0 ? readItemRanking(text, ORDERING.exec(text)?.[1], attribute === 'pricing') : undefined;
  // "What date are the table's prices from?": the date they hold for is a fact, however listy the wording.
  const asOf = asksAsOf(text) && linked.articles.length === 0;
  if (asOf && ['list', 'definition', 'recommendation', 'examples'].includes(decided.intent)) reread(decided, 'fact');
  // "Chat vs instruct models, which for a support bot?", "the base model or the chat version?": a pick
  // between two kinds of model asks first how the two differ, so it is read as their comparison.
  if (decided.intent === 'recommendation' && linked.models.length === 0) {
    const kinds = readSides(text, 'comparison', linked, ctx, true);
    const [a, b] = kinds.map((s) => s.concept);
    // So is a pick between two techniques or two ways to deploy ("RAG or prompting, which should we use?").
    if (kinds.length === 2 && a && b && a !== b && a.kind !== undefined && a.kind === b.kind && PICKED_KINDS.has(a.kind)) reread(decided, 'comparison');
  }
  const sides = readSides(text, decided.intent, linked, ctx);
  // A side read as a concept ("audio gen" → audio model) is one of the things asked about.
  for (const side of sides) if (side.concept && !linked.concepts.includes(side.concept)) linked.concepts.push(side.concept);
  const maxSentences = requestedSentences(text);
  const paramCount = readParamCount(text);
  const maker = makerAsked(text, linked.models, ctx.catalog);
  const enumerates = asksWhatNamedIs(text, linked.concepts) ? undefined : readEnumeration(text);
  const outOfScope = readOutOfScope(text, linked, unknown);
  const kindMisfit = readKindMisfit(text, linked.concepts, readForPurpose(readCategories(text, true), purpose), ctx);
  // "A step-down transformer in a power supply", "the next train to Leeds": words of an everyday
  // field anywhere in the question put the field words it has a sense for into that sense.
  // A cue whose field has no sense for any of them ("can models write movie scripts") is only a subject.
  const cues = everydayCues(text).filter((c) => linked.mentions.some((m) => c.claims.test(m.words)));
  const mentions = linked.mentions.map((m) => (!m.foreign && cues.some((c) => c.claims.test(m.words)) ? { ...m, foreign: true } : m));
  const understood: Understanding = {
    asked: question,
    text,
    ...decided,
    ...(target ? { target } : {}),
    concepts: linked.concepts,
    models: linked.models,
    unknownNames: linked.unknownNames,
    names: linked.names,
    articles: linked.articles,
    categories,
    ...(purpose ? { purpose } : {}),
    ...(attribute ? { attribute } : {}),
    ...(stat ? { stat } : {}),
    ...(aspect ? { aspect } : {}),
    ...(IMPORTANCE.test(text) ? { asksImportance: true as const } : {}),
    ...(remedy ? { asksRemedy: true as const } : {}),
    ...(adaptation ? { adaptation } : {}),
    ...(maxSentences ? { maxSentences } : {}),
    ...(asOf ? { asksAsOf: true as const } : {}),
    ...(figures.length >= 2 && decided.intent === 'fact' ? { attributes: figures } : {}),
    ...(asksRunNeeds(text) ? { asksRunNeeds: true as const } : {}),
    ...(kindMisfit ? { kindMisfit } : {}),
    ...(outOfScope ? { outOfScope } : {}),
    ...(GAP.test(text) ? { asksGap: true as const } : {}),
    constraints: readConstraints(text),
    ...(maker ? { madeBy: maker } : {}),
    ...(superlative ? { superlative } : {}),
    ...(asksKindSuperlative(text) ? { kindSuperlative: true as const } : {}),
    ...(orderedNoun(text) ? { ordered: orderedNoun(text)! } : {}),
    ...(itemRanking ? { itemRanking } : {}),
    ...(ordering ? { asksOrder: true as const } : {}),
    ...(asksUnderlying(text) ? { asksUnderlying: true as const } : {}),
    ...(checklist ? { asksChecklist: true as const } : {}),
    ...(enumerates ? { enumerates } : {}),
    sides,
    ...besideSides(text, sides),
    ...(paramCount !== undefined && linked.models.length === 0 ? { paramCount } : {}),
    terms,
    unknownTerms: unknown,
    ...needWords(unknown),
    ...contentWords(unknown),
    mentions,
    ...(cues.length > 0 ? { everyday: cues.map(({ field, words }) => ({ field, words })) } : {}),
    followUp: false,
  };
  return previous ? resolveFollowUp(understood, previous, ctx.catalog) : understood;
}

/**
 * The question without the clauses that wave a factor away ("we don't care about self-hosting").
 * A question that is nothing else stays.
 */
function statedOnly(text: string): string {
  const stated = withoutIndifference(text).replace(/\s+([,.?!;])/g, '$1').replace(/([,;])(?:\s*[,;])+/g, '$1').replace(/[,;]+\s*(?=[.?!])/g, '').replace(/\s{2,}/g, ' ').replace(/^[\s,;.]+|[\s,;]+$/g, '').trim();
  return stated.split(' ').length >= 2 ? stated : text;
}

/** "Rank the model size classes from…", "could you order the training stages": the words naming what is put in order, after the verb that asks it (not "the order of events"). */
const ORDERING = /(?:^\W*|[,.;:!?]\s*|\b(?:please|pls|you|now|then|and|to|i|we)\s+)(?:rank|order|sort|arrange|put)\s+(?!of\b)(?:the\s+|these\s+|those\s+|all\s+(?:the\s+)?)?((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:from|by|in|according|on|based|for|to|that|which|starting|biggest|largest|smallest|best|worst)\b|\s*[,.?!]|\s*$)/i;

/** The head noun of what an ordering request puts in order ("classes" in "rank the model size classes"). */
export function orderedNoun(text: string): string | undefined {
  const phrase = ORDERING.exec(text)?.[1];
  return phrase?.split(/\s+/).pop()?.toLowerCase();
}

const remedyMemo = new WeakMap<object, string[]>();

/** The headings of an index's sections that say how to deal with their subject, lower-cased, read once per index. */
function remedyHeadings(index: UnderstandContext['index']): string[] {
  let headings = remedyMemo.get(index);
  if (!headings) remedyMemo.set(index, (headings = [...new Set(index.passages.map((p) => p.section).filter(remedySection).map((s) => s.toLowerCase()))]));
  return headings;
}

/** The unknown words that state a need on their own ("offline"). */
function needWords(unknown: readonly string[]): { unknownNeeds?: string[] } {
  const needs = unknown.filter((w) => !noConstraints(readConstraints(w)));
  return needs.length > 0 ? { unknownNeeds: needs } : {};
}

/** What an adaptation need rules out ("without fine-tuning the whole model") is neither searched for nor the subject. */
function adaptationTerms(text: string, terms: WeightedTerm[], linked: { concepts: Concept[] }, ctx: UnderstandContext): void {
  const out = ruledOut(text);
  if (out) {
    const gone = new Set(ctx.index.analyzer.terms(out));
    for (const t of terms) if (gone.has(t.term)) t.weight *= 0.1;
    const named = linkEntities(clauses(out), ctx).concepts;
    linked.concepts = linked.concepts.filter((c) => !named.includes(c));
  }
}

/** The unknown words that name a kind of content ("voiceover"). */
function contentWords(unknown: readonly string[]): { contentWords?: string[] } {
  const content = unknown.filter((w) => readCategories(w).length > 0);
  return content.length > 0 ? { contentWords: content } : {};
}

/** True for a word that carries meaning for retrieval. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word);
}

export type { WeightedTerm };

/**
 * "Open vs closed models for a bank": the constraints the words beside the two sides state, the
 * sides' own words taken out ("open", "closed" are what is compared, not what is needed).
 */
function besideSides(text: string, sides: readonly Side[]): { besideSides?: Constraints } {
  if (sides.length < 2) return {};
  let rest = text;
  for (const side of sides) for (const name of [side.text, side.model?.name, ...(side.concept?.names ?? [])]) if (name) rest = rest.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'), ' ');
  const stated = readConstraints(rest);
  return Object.entries(stated).some(([, v]) => v === true) ? { besideSides: stated } : {};
}
