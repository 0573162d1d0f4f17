/**
 * `understand(question, previous)`: the one place a question's wording is read. Everything later
 * (plans, composition, suggestions) works from the returned value.
 *
 * clean → clauses → link entities (concepts, models, articles) → classify intent on the wording
 * with entities as placeholders → attribute, aspect, needs, sides → retrieval terms → resolve a
 * follow-up against the previous turn's understood value.
 */
import { everydayCues } from '../lexicon/senses.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { asksAsOf, asksFit, asksRunNeeds, asksOrder, detectAttribute, detectAttributes, detectSuperlative, GAP, withoutGranted } from './attributes.js';
import { aspectOf, ASKS_DATES, IMPORTANCE } from './aspect.js';
import { CHECKS_ASKED, CHECKS_REQUEST } from './checklist.js';
import { clauses, cleanQuestion } from './clean.js';
import { familiesOf, FRAMING, linkEntities, type LinkContext } from './entities.js';
import type { Classifier } from './intent/classifier.js';
import { classify, decideIntent, SOCIAL, topicWords } from './intent/decide.js';
import type { Intent, Target } from './intent/examples.js';
import { statedOnly } from './indifference.js';
import { categoryConcept, categoryTerms, readCategories, readConstraints } from './needs.js';
import { resolveFollowUp } from './followup.js';
import { readForPurpose, readPurpose } from './purpose.js';
import { requestedSentences } from './length.js';
import { asksKindSuperlative } from './kind-superlative.js';
import { adaptationTerms, readAdaptation } from './adaptation.js';
import { asksForMaker, asksKindPick, asksKindsUnnarrowed, modelForLongInput, MODEL_NOUNS, objectTarget, outputAsksModel } from './target.js';
import { asksAdjustment, asksRemedy, remedyAsApproach, remedyHeadings, REMEDY_WORDS } from './remedy.js';
import { besideSides, modelsOutgrownByQuote, readSides } from './sides.js';
import { queryTerms } from './terms.js';
import { namedStat } from './stat.js';
import { asksUnderlying } from './underlying.js';
import { orderedNoun, orderedPhrase, readItemRanking } from './item-ranking.js';
import { readKindMisfit } from './kind-misfit.js';
import { asksVerdictOnPlan } from './verdict-ask.js';
import { readEnumeration } from './enumerates.js';
import { makerAsked } from './alternative.js';
import { questionClause } from './question-clause.js';
import { setAside } from './term-weights.js';
import { contentWords, needWords } from './unknown-words.js';
import type { ListedItem, Understanding } from './types.js';
import { readParamCount } from './param-count.js';

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


/** "(Roughly) how many instructions / how much data …": a quantity of something other than models or options. */
const HOW_MANY_NEEDED = /^(?:(?:so|ok|and|roughly|approximately|about|ballpark|like)[,\s]+)*how (?:many|much)\s+(?!(?:models?|llms?|options?|tools?|of (?:them|these|those))\b)\w+/i;

/** "Best practices for…", "what are the best practices": asks for the practices themselves. */
const BEST_PRACTICES_ASKED = /\bbest[- ]practices\b/i;


/** "Which model…", "what option…": a thing to pick asked for. */
const ASKS_PICK = /\b(?:which|what)\s+(?:\w+\s+)?(?:models?|llms?|options?|ones?|tools?|providers?|vendors?|plans?|tiers?)\b/i;

/** Attributes whose figures put models in order. */
const RANKED_BY = new Set(['pricing', 'context_window', 'benchmark']);

/** Wording that asks how two things differ: "how X differs from Y", "the difference between X and Y". */
const ASKS_DIFFERENCE = /\b(?:differs?|different) from\b|\bdifferences? between\b.+\b(?:and|vs\.?|versus)\b/i;


/** Wording that asks whether two names mean the same thing. */
const IDENTITY = /\b(?:another|a fancy|a different|a new|just a|just another|the same)\s+(?:word|name|term|label)\s+for\b|\bsame thing as\b|\bsynonym(?:ous)? (?:for|with)\b|\bjust (?:a |an )?rebrand\w* of\b/i;

/** "Are X and Y the same thing?": a yes/no question, though it names two things like a comparison. */
const SAME_QUESTION = /^(?:is|are)\b.{1,80}\b(?:and|&)\b.{1,80}\b(?:the same(?: thing)?|identical|interchangeable|synonyms|synonymous|equivalent)\s*\??$/i;

/** "Which model introduced…", "what lab first released…": a thing asked about by what it did. */

/** "Name the four benchmarks the guide recommends…", "list all the …s": a request for every item. */
const LIST_REQUEST = /^(?:(?:can|could) you\s+|please\s+|pls\s+)?(?:name|list|enumerate)\s+(?:(?:all|every|some|a few)\s+(?:of\s+)?(?:the\s+)?|the\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)?\s*|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)(?!best\b|right\b|one\b)((?:[\w.-]+\s+){0,3}?[\w-]{3,}[^s\W]s)\b/i;
const PAST_DEED = /\b(?:which|what)\s+(?:\w+\s+)?(?:models?|llms?|labs?|compan(?:y|ies)|teams?|papers?|vendors?|providers?|architectures?|techniques?)\s+(?:first\s+)?(?!(?:need|feed|speed|seed|based)\b)(?:\w+ed|made|built|came|began|won|took|beat|led|brought|wrote|gave)\b/i;


/** "What factors drive that?", "what causes the difference?": the causes asked for, a why question however listy. */
const CAUSES = /\bwhat (?:\w+ )?(?:factors?|things?|variables?)\s+(?:drive|drives|cause|causes|explain|explains|affect|affects|determine|determines|influence|influences|shape|shapes|decide|decides|lead to|account for|make|makes)\b|\bwhat (?:drives|causes|determines|explains|accounts for)\b/i;


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
  const itemRanking = linked.models.length === 0 ? readItemRanking(text, orderedPhrase(text), attribute === 'pricing') : undefined;
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
  const enumerates = readEnumeration(text);
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

