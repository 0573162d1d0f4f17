/**
 * `understand(question, previous)`: the one place a question's wording is read. Everything later
 * (plans, composition, suggestions) works from the returned value.
 *
 * Read (clean → clauses → link entities: concepts, models, articles → retrieval terms → situation)
 * → classify the intent on the wording with entities as placeholders → reread it by the rule tables
 * of rereads.ts, each as soon as its facts are read → slots (attribute, target, aspect, sides…) →
 * assemble, then resolve a follow-up against the previous turn's understood value.
 */
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { everydayCues } from '../lexicon/senses.js';
import { dropRuledOut, readAdaptation, readRuledOut } from './adaptation.js';
import { makerAsked } from './alternative.js';
import { aspectOf, IMPORTANCE } from './aspect.js';
import { asksAsOf, asksOrder, asksRunNeeds, detectAttribute, detectAttributes, detectSuperlative, GAP, withoutGranted } from './attributes.js';
import { checksAsked } from './checklist.js';
import { clauses, cleanQuestion } from './clean.js';
import { familiesOf, FRAMING, linkEntities, type LinkContext } from './entities.js';
import { readEnumeration } from './enumerates.js';
import { asksEachFigure } from './each-figure.js';
import { readApartFromBackground } from './background.js';
import { asksWhatNamedIs } from './bare-plural.js';
import { resolveFollowUp } from './followup.js';
import { NO_LIMIT, statedOnly } from './indifference.js';
import { withoutDoubtedAlternative } from './polar.js';
import { withoutField } from './scope.js';
import type { Classifier } from './intent/classifier.js';
import { classify, readIntent } from './intent/decide.js';
import type { Intent, Target } from './intent/examples.js';
import { orderedNoun, orderedPhrase, readItemRanking } from './item-ranking.js';
import { readKindMisfit } from './kind-misfit.js';
import { asksKindSuperlative } from './kind-superlative.js';
import { requestedSentences } from './length.js';
import { categoryConcept, categoryTerms, LANGUAGE_WORK, readCategories, readConstraints } from './needs.js';
import { readParamCount } from './param-count.js';
import { readOutOfScope } from './out-of-scope.js';
import { readCues } from './cues.js';
import { readForPurpose, readPurpose } from './purpose.js';
import { productionWatch } from './production-watch.js';
import { questionClause } from './question-clause.js';
import { readRemedy, REMEDY_WORDS } from './remedy.js';
import { ON_ASPECT, ON_FIGURES, ON_STAT, ON_WORDING, rereadBy, type AspectFacts, type FigureFacts, type WordingFacts } from './rereads.js';
import { besideSides, dropOutgrown, readSides } from './sides.js';
import { namedStat } from './stat.js';
import { joinedClause, secondAsk } from './second-ask.js';
import { modelForLongInput, modelForSpeed, objectTarget, outputAsksModel } from './target.js';
import { setAside, setAsideWaved, weighAskedObject, weighPurpose } from './term-weights.js';
import { queryTerms } from './terms.js';
import type { ListedItem, Understanding } from './types.js';
import { asksUnderlying } from './underlying.js';
import { contentWords, needWords } from './unknown-words.js';

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

/** The question without the words an everyday field present in it claims outside any mention ("python" beside "snake"). */
function withoutClaimedWords(text: string): string {
  return everydayCues(text).reduce((t, c) => (c.claimsWords ? t.replace(new RegExp(c.claimsWords.source, 'gi'), ' ') : t), text);
}

/** A cue's words, with the words of this field it claims outside mentions ("snake python"). */
function claimedIn(text: string, claims: RegExp | undefined, words: string): string {
  const claimed = claims ? [...text.matchAll(new RegExp(claims.source, 'gi'))].map((m) => m[0].toLowerCase()) : [];
  return [words, ...claimed.filter((w) => !words.includes(w))].join(' ');
}

export function understand(question: string, ctx: UnderstandContext, previous?: Turn): Understanding {
  // "Our investors keep asking. What is a foundation model?": the ask, read apart from the background.
  const whole = understandOne(question, ctx, previous);
  const u = readApartFromBackground(whole, (ask) => understandOne(ask, ctx, previous)) ?? whole;
  // "Who makes X, and can we host it ourselves?": the joined question, read against the first.
  const joined = joinedClause(u.text);
  const also = joined ? secondAsk(u, understandOne(joined, ctx, { understanding: u, models: u.models, concepts: u.concepts, names: u.names })) : undefined;
  return also ? { ...u, also } : u;
}

function understandOne(question: string, ctx: UnderstandContext, previous?: Turn): Understanding {
  // Read: what the question names, its search terms and its situation.
  const text = cleanQuestion(question);
  const linked = linkEntities(clauses(text), ctx);
  // A factor waved away ("we don't care about self-hosting") is not what the question is about.
  // "…or is that a figure of speech?": the alternative a doubt sets against its claim is no subject either.
  const stated = statedOnly(withoutDoubtedAlternative(text));
  if (stated !== text) {
    const kept = linkEntities(clauses(stated), ctx).concepts;
    linked.concepts = linked.concepts.filter((c) => kept.includes(c));
  }
  // "What is ControlNet, in the context of diffusion models?": the field is no second subject.
  const unfielded = withoutField(stated);
  const rest = unfielded !== stated ? linkEntities(clauses(unfielded), ctx) : undefined;
  const fielded = rest !== undefined && rest.concepts.length + rest.models.length > 0;
  if (fielded) linked.concepts = linked.concepts.filter((c) => rest.concepts.includes(c));
  const hasEntity = linked.concepts.length + linked.models.length + linked.articles.length > 0;
  // "like im 5", "in simple terms": how to answer, not what about.
  // "We have deep pockets": an idiom waving cost away says nothing of the need ("deep integration").
  const asked = text.replace(FRAMING, ' ').replace(NO_LIMIT, ' ');
  const { terms, unknown } = queryTerms(asked, ctx.index, linked.linkedWords, questionClause(asked));
  setAside(text, terms, ctx);
  setAsideWaved(text, stated, terms, ctx);
  weighAskedObject(text, terms, ctx);
  // "Spot fraudulent transactions": the task decides the pick, and the records it names are read.
  // "Feed my python": a word an everyday field's words claim names no kind of content.
  const contentText = withoutClaimedWords(withoutDoubtedAlternative(text));
  const purpose = readPurpose(text, readCategories(contentText));
  const categories = readForPurpose(readCategories(contentText), purpose);
  weighPurpose(purpose, terms, ctx);
  // Classify, then reread by what the wording asks.
  const decided = readIntent(ctx.intents, text, linked.placeholderText, { hasTopic: hasEntity || categories.length > 0, unknown, terms });
  const objectKind = objectTarget(text, familiesOf(ctx.catalog));
  // "5 things to check before picking a model": the documents' list of checks or steps.
  const checks = checksAsked(text);
  const checklist = checks !== undefined && linked.concepts.length > 0;
  const remedy = readRemedy(text, objectKind, linked.concepts, ctx.index);
  // "Keep our mascot's face the same across images without retraining": a way to adapt a model is asked.
  const adaptation = readAdaptation(text);
  const ruledOut = adaptation ? readRuledOut(text, ctx) : undefined;
  // "What should we monitor once it's in production?": the production metrics are the subject, first.
  const watched = productionWatch(text, linked, ctx);
  if (watched) {
    linked.concepts = [watched, ...linked.concepts.filter((c) => c !== watched)];
    // Its name is what the answer is found by; the product watched ("the chatbot") is only the setting.
    for (const term of ctx.index.analyzer.terms(watched.name)) {
      const hit = terms.find((t) => t.term === term);
      if (hit) hit.weight = Math.max(hit.weight, 1);
      else terms.push({ term, weight: 1 });
    }
  }
  const wording: WordingFacts = { text, linked, ctx, categories, purpose, checks, remedy, adaptation, ruledOut: ruledOut?.concepts ?? [], objectKind, watched: watched !== undefined };
  rereadBy(ON_WORDING, wording, decided);
  if (ruledOut) dropRuledOut(ruledOut, terms, linked);
  // Slots: the figure asked, the target of a pick, the aspect.
  const subject = linked.articles.length > 0 && linked.models.length === 0 ? 'article' : linked.models.length > 0 ? 'model' : 'other';
  // "A vs B, both open source, what's the diff?": what both sides share is no criterion asked.
  // "Price is irrelevant, need the best image model": a factor waved away is no figure asked either.
  const criteria = decided.intent === 'comparison' ? withoutGranted(text) : stated;
  const attribute = detectAttribute(criteria, subject);
  const figures = subject !== 'article' && linked.models.length <= 1 ? detectAttributes(criteria) : [];
  // "The big models are the most expensive part of our bill. Which model should we use?": a
  // superlative in the context says how things stand, not which end the question asks for.
  const superlative = detectSuperlative(questionClause(text));
  const figureFacts: FigureFacts = { ...wording, attribute, figures, superlative, followsUp: previous !== undefined };
  rereadBy(ON_FIGURES, figureFacts, decided);
  const classifiedTarget = decided.intent === 'recommendation' ? objectKind ?? modelForSpeed(modelForLongInput(outputAsksModel(text, categories, classify(ctx.targets, linked.placeholderText, text)[0]!.label), text, readConstraints(text).longContext), text, readConstraints(text).lowLatency) : undefined;
  // "Fine-tune on product shots for our shop": adapting a model on one's own material of a kind of
  // content needs a model of that kind whose weights can be tuned; the way (fine-tuning) is said already.
  const tuneWhich = classifiedTarget === 'approach' && categories.length > 0 && readConstraints(text).fineTune && objectKind === undefined;
  const target = decided.intent === 'recommendation' && (remedy || adaptation) ? 'approach' : tuneWhich ? 'model' : classifiedTarget;
  const aspect = aspectOf(decided.intent, text);
  const aspectFacts: AspectFacts = { ...figureFacts, aspect };
  rereadBy(ON_ASPECT, aspectFacts, decided);
  if (linked.concepts.length === 0 && !fielded && /\bmodels?\b|\bgenerators?\b|\bai\b/i.test(text)) {
    const kind = categoryConcept(categories, ctx);
    if (kind) linked.concepts.push(kind);
  }
  for (const term of categoryTerms(categories, ctx)) if (!terms.some((t) => t.term === term)) terms.push({ term, weight: 0.8 });
  // "What can we do about it?" names no remedy: the words documents use for one are searched for.
  if (remedy) for (const term of ctx.index.analyzer.terms(REMEDY_WORDS)) if (!terms.some((t) => t.term === term)) terms.push({ term, weight: 0.6 });
  const outgrown = dropOutgrown(text, linked, terms, ctx);
  // "Which tool has the most enterprise seats?": a figure the catalog records by that label.
  const stat = namedStat(text, ctx.catalog, [...linked.concepts.filter((c) => c.kind === 'model-type').flatMap((c) => c.names), ...categories.map((c) => c.category)]);
  const ordering = asksOrder(text);
  // "What date are the table's prices from?": the date the figures hold for.
  const asOf = asksAsOf(text) && linked.articles.length === 0;
  rereadBy(ON_STAT, { ...aspectFacts, outgrown, stat, ordering, asOf }, decided);
  const itemRanking = linked.models.length === 0 ? readItemRanking(text, orderedPhrase(text), attribute === 'pricing') : undefined;
  const sides = readSides(text, decided.intent, linked, ctx);
  // A side read as a concept ("audio gen" → audio model) is one of the things asked about.
  for (const side of sides) if (side.concept && !linked.concepts.includes(side.concept)) linked.concepts.push(side.concept);
  const maxSentences = requestedSentences(text);
  const paramCount = readParamCount(text);
  const maker = makerAsked(text, linked.models, ctx.catalog);
  const enumerates = asksWhatNamedIs(text, linked.concepts) ? undefined : readEnumeration(text);
  const outOfScope = readOutOfScope(text, linked, unknown);
  const kindMisfit = readKindMisfit(text, linked.concepts, readForPurpose(readCategories(contentText, true), purpose), ctx);
  // "A step-down transformer in a power supply", "the next train to Leeds": words of an everyday
  // field anywhere in the question put the field words it has a sense for into that sense.
  // A cue whose field has no sense for any of them ("can models write movie scripts") is only a subject.
  // So do words it has a sense for outside any mention ("feed my python": a snake, not code).
  const cues = everydayCues(text).filter((c) => linked.mentions.some((m) => c.claims.test(m.words)) || c.claimsWords?.test(text));
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
    ...(categories.length === 0 && LANGUAGE_WORK.test(contentText) ? { languageWork: LANGUAGE_WORK.exec(contentText)![0].toLowerCase() } : {}),
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
    ...(attribute && asksEachFigure(text, attribute) ? { asksEach: true as const } : {}),
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
    ...(cues.length > 0 ? { everyday: cues.map(({ field, words, claimsWords }) => ({ field, words: claimedIn(text, claimsWords, words) })) } : {}),
    ...readCues(text, ctx),
    followUp: false,
  };
  return previous ? resolveFollowUp(understood, previous, ctx.catalog) : understood;
}

