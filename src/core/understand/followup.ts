/**
 * Fills in what a follow-up leaves out from the previous turn's understood value (never its words):
 * "and Gemini 2.5 Pro?" keeps the question and swaps the model; "what is it used for?" keeps the
 * subject; "which of them is cheapest?" ranks what the last answer listed.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import type { CatalogEntry, ConceptKind } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import { nameTokens } from '../catalog/model-matcher.js';
import type { Turn } from './understand.js';
import type { Constraints, Side, Target, Understanding } from './types.js';
import { POINTER } from './sides.js';
import { otherEnd } from './opposite-end.js';
import { alternativeAsked, withAlternative } from './alternative.js';
import { readCategories } from './needs.js';
import { measureBetween, pickBetween } from './pick-between.js';
import { modelAttribute, pointsAtSubject } from './pointed-model.js';
import { familyAsked } from './family-asked.js';

/** "What modes…", "which sizes…": a wh-word with a noun of its own names what is asked. */
const ASKED_NOUN = /\b(?:what|which)\s+(?!(?:is|are|was|were|does|do|did|about|if|else|one|ones|of|would|should|could|can|will|has|have|kind|sort|type)\b)[a-z]{3,}\b/i;

const PRONOUN = /\bthat(?=\s*(?:[?.!,]|$|\s+(?:in|on|at|for|with|from|when|if|so|then|too|though|anyway|yet)\b))|\b(?:it|its|it's|itself|they|them|their|theirs|those|these|this one|that one|the one|the ones|which of (?:them|those|these)|(?:which|either|one|both|neither) of the two|which one|one of (?:those|them|these)|either|both of them|that model|this model|that thing|the same)\b|\b(?:make|build|train|use|get|run|speciali[sz]e|fine-?tune|tune|host|pick|buy|deploy|adapt|customi[sz]e|try) one\b(?! of)/i;
const CONNECTOR = /^(?:and|also|plus|or|but|so|ok(?:ay)?|then|what about|how about|what of|same (?:question |thing |again )?(?:but |with |for )?(?:for |with )?|same with|what if|and if|even if|in that case)\b/i;
const FRAME = /^(?:(?:roughly|approximately|about|like|just|actually|exactly|ballpark|realistically|honestly|basically)[,\s]+)*(?:what|how|why|which|who|when|where|is|are|does|do|can|could|should|would|will|list|define|explain|compare|tell)\b/i;
const THE_ONE = /\bthe (?:one|model|tool)s? (?:with|that|which|who)\b/i;
const WHICH_OF = /\bwhich (?:of (?:them|those|these)|ones?)\b|\bamong (?:them|those|these)\b|\bof (?:those|these|them)\b/i;
/** "which one's cheaper", "which is faster": a comparative that picks one of two. */
const COMPARE_PICK = /\bwhich(?: one)?(?:'?s|\s+is|\s+ones?|\s+one is)?\s+(?:\w+er|more \w+|less \w+)\b/i;
/** "which is best at…", "which handles…" with nothing named: a pick among what the last answer listed. */
const WHICH_BARE = /^which (?:is|are|was|were|has|have|had|does|do|did|can|could|would|will|came|comes?|handles?|gives?|makes?|works?)\b/i;
/** A pronoun near the start, where the question's subject goes: "are they…", "what are they used for…". */
const SUBJECT_PRONOUN = /^(?:\S+\s+){0,3}?(?:it|its|they|them|their|those|these)\b/i;
/** Wording that picks among what the last answer named: "which of them", "one of those". */
const PICK_AMONG = /\bwhich (?:of (?:them|those|these)|ones?)\b|\bamong (?:them|those|these)\b|\b(?:one|any|some|each|all|none|most|either|both) of (?:those|these|them)\b/i;
/** A plural pronoun points back at a kind of thing ("agentic LLMs"), not at the one model an answer picked. */
const PLURAL = /\b(?:they|them|their|theirs|those|these)\b/i;
/** "the cheap fast sibling of it", "a smaller version of that": another member of the model's family. */
/** Wording that weighs two things: "how do they compare", "how is that different from…", "is it better than…". */
const WEIGHS = /\b(?:compare[sd]?|comparison|differ\w*|difference|vs\.?|versus|stack up|side by side|(?:better|worse|cheaper|faster|slower|bigger|larger|smaller|stronger|weaker|more \w+|less \w+) than)\b/i;
/** "is that better than…", "how does this compare…": "that" as the subject being weighed. */
const POINTER_WEIGHED = /^(?:\S+\s+){0,3}?(?:that|this)\s+(?:one\s+|thing\s+|model\s+)?(?:really\s+|actually\s+)?(?:better|worse|different|differs?|compares?|\w+er than|more \w+ than|less \w+ than)\b/i;
/** A single thing pointed back at: "it", "that", "this one". */
const SINGULAR = /\b(?:it|its|it's|that|this|this one|that one|that model|this model)\b/i;
/** "which of those stages…", "which one is for images?", "which is about cost?": one item of what the last answer listed. */
const PICK_ONE = /\bwhich (?:of (?:them|those|these)|ones?)\b|\bamong (?:them|those|these)\b|\bone of (?:those|these|them)\b|^which (?:is|one)\b/i;
/** Aspects a model has of its own (its limits, what it is good at), asked of the one an answer picked. */
const PICK_ASPECTS: ReadonlySet<string> = new Set(['limitations', 'tradeoffs', 'uses']);
/** Intents that explain an aspect of their subject rather than pick, rank, compare or judge. */
const EXPLAINING: ReadonlySet<string> = new Set(['limitations', 'uses', 'definition', 'why', 'how', 'examples']);
/** "Why not FLUX.1 instead?", "what about X rather than that?": another model weighed against the one picked. */
const INSTEAD = /\binstead\b|\bwhy not\b|\brather than\b|\bover (?:it|that|this)(?: one)?\b/i;
/** "Which one would you pick", "which of the two should we use", "what would you go with": one of two asked for. */
const PICKS_ONE = /\bwhich(?: one| of (?:the two|them|those|these|both))?\b.{0,40}\b(?:pick|choose|use|go with|go for|recommend|take|prefer|want|fit|suit|better)\b|\b(?:pick|choose|go with|go for|recommend)\b.{0,20}\b(?:one|either)\b/i;
/** What the pick is for: "for a support bot", "for our internal helpdesk". */
const PICKED_FOR = /\bfor\s+((?:an?|the|our|my|your|their)\s+[^?.!,;]{2,50}?)\s*(?:[?.!,;]|$)/i;

/**
 * "Ok and which one would you pick for a support bot?" after "chat model vs instruct model": a pick
 * between the two kinds just compared, not a model to recommend from the catalog.
 */
function sidePickAsked(u: Understanding, prev: Understanding): Side[] | undefined {
  if (prev.intent !== 'comparison' || prev.sides.length !== 2 || !prev.sides.every((s) => s.concept && !s.model)) return undefined;
  if (u.models.length > 0 || u.sides.length >= 2 || !['recommendation', 'comparison'].includes(u.intent) || !PICKS_ONE.test(u.text)) return undefined;
  // A kind of its own named now ("which reasoning model…") is its own question.
  if (u.concepts.some((c) => !prev.sides.some((s) => s.concept === c))) return undefined;
  return [...prev.sides];
}

/** Figures a catalog entry records of a model, asked of the one an answer picked. */
const PICK_FIGURES: ReadonlySet<string> = new Set(['pricing', 'context_window', 'released', 'developer', 'parameters', 'benchmark']);

const SIBLING = /\b(?:siblings?|sisters?|cousins?|brothers?|versions?|variants?|editions?|flavou?rs?|members?|relatives?)\b/i;

function mergeConstraints(a: Constraints, b: Constraints): Constraints {
  const out: Constraints = { ...a };
  for (const key of Object.keys(b) as Array<keyof Constraints>) {
    if (key === 'contextTokens') out.contextTokens = Math.max(a.contextTokens ?? 0, b.contextTokens ?? 0) || undefined;
    // The deadline said last is the one that holds.
    else if (key === 'deadlineDays') out.deadlineDays = b.deadlineDays ?? a.deadlineDays;
    else out[key] = a[key] || b[key];
  }
  if (!out.contextTokens) delete out.contextTokens;
  if (!out.deadlineDays) delete out.deadlineDays;
  return out;
}

function mergeTerms(now: readonly WeightedTerm[], before: readonly WeightedTerm[]): WeightedTerm[] {
  const weights = new Map(now.map((t) => [t.term, t.weight]));
  for (const t of before) if (!weights.has(t.term)) weights.set(t.term, t.weight * 0.5);
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

const KIND_TARGET: Partial<Record<ConceptKind, Target>> = { 'model-type': 'model-type', 'size-class': 'size-class', deployment: 'deployment', setting: 'setting', benchmark: 'benchmark', metric: 'benchmark', technique: 'approach' };

/** What kind of thing a list of a concept's kinds holds: the kind its narrower concepts share. */
function kindListed(concepts: readonly Concept[]): Target | undefined {
  for (const c of concepts) {
    const kinds = new Set(c.narrower.map((n) => n.kind).filter((k): k is ConceptKind => k !== undefined));
    if (kinds.size === 1) return KIND_TARGET[[...kinds][0]!];
  }
  return undefined;
}

/** The other members of a model's family (never the family's own entry). */
function relatives(model: CatalogEntry, catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const family = (m: CatalogEntry) => (m.family && m.family === model.family) || nameTokens(m.name)[0] === nameTokens(model.name)[0];
  return catalog.filter((m) => m !== model && family(m) && !/\b(?:family|series)\b/i.test(m.name));
}

/**
 * "and haiku?" after a question about Claude 4.5 Sonnet: the family member the fragment names. A word
 * the question reads as something else, a kind of content ("is it any good for code?") or a concept
 * ("is it an instruct model?"), names no member, though a member's name holds it ("Code Llama").
 */
function familyMember(u: Understanding, model: CatalogEntry | undefined, catalog: readonly CatalogEntry[]): CatalogEntry | undefined {
  if (!model) return undefined;
  const own = new Set(nameTokens(model.name));
  const readOtherwise = new Set(u.concepts.flatMap((c) => c.names.flatMap((n) => nameTokens(n))));
  const words = new Set(nameTokens(u.text).filter((t) => !readOtherwise.has(t) && readCategories(t).length === 0));
  const members = relatives(model, catalog);
  const named = members.filter((m) => nameTokens(m.name).some((t) => !own.has(t) && t.length > 2 && words.has(t)));
  // The closest relative: the one sharing most of the previous model's name ("4.5").
  return named.sort((a, b) => nameTokens(b.name).filter((t) => own.has(t)).length - nameTokens(a.name).filter((t) => own.has(t)).length)[0];
}

export function resolveFollowUp(u: Understanding, previous: Turn, catalog: readonly CatalogEntry[] = []): Understanding {
  const prev = previous.understanding;
  const between = pickBetween(u, prev) ?? measureBetween(u, prev);
  if (between) return between;
  if (u.models.length === 0) {
    const member = familyMember(u, previous.models[0] ?? prev.models[0], catalog);
    if (member) u = { ...u, models: [member], intent: prev.intent };
    const family = member || u.models.length > 0 || FRAME.test(u.text.replace(CONNECTOR, '').trim()) ? [] : familyAsked(u.text, prev.attribute, catalog);
    if (family.length > 0 && prev.attribute) u = { ...u, models: family, intent: prev.intent, attribute: u.attribute ?? prev.attribute };
  }
  if (['greeting', 'thanks', 'help'].includes(prev.intent)) return u;
  if (['greeting', 'thanks', 'help'].includes(u.intent) && !CONNECTOR.test(u.text)) return u;
  // "and what about X?": connectors stack.
  const rest = u.text.replace(CONNECTOR, '').trim().replace(CONNECTOR, '').trim();
  const pronoun = PRONOUN.test(u.text) || pointsAtSubject(u.text);
  const connector = CONNECTOR.test(u.text);
  const hasEntity = u.concepts.length + u.models.length + u.articles.length > 0;
  const contentWords = rest.split(/\s+/).filter((w) => w.length > 2).length;
  const fragment = !FRAME.test(rest) && contentWords <= 5;
  const elliptical = !hasEntity && u.categories.length === 0 && u.unknownNames.length === 0 && contentWords <= 6;
  const attributeQuestion = u.models.length === 0 && u.attribute !== undefined && u.attribute !== 'figure' && contentWords <= 4 && (previous.models.length > 0 || prev.models.length > 0 || previous.names.length > 0);
  const pickFromList = WHICH_BARE.test(rest) && !hasEntity && u.categories.length === 0 && previous.models.length > 1;
  // "how is that different from a VAE?": a side that only points back is a pronoun too.
  const pointerSide = u.sides.some((s) => !s.model && !s.concept && POINTER.test(s.text)) || POINTER_WEIGHED.test(u.text);
  // The model the last answer picked for a situation (not one its question named): "that one" is it.
  const pickedModel = ['recommendation', 'ranking'].includes(prev.intent) && (prev.target === undefined || prev.target === 'model') && prev.models.length === 0 ? previous.models[0] : undefined;
  const instead = pickedModel !== undefined && u.models.length === 1 && u.models[0] !== pickedModel && INSTEAD.test(u.text);
  // "Any cheaper alternative?", "something with a longer context?": another model than the pick.
  const alternative = pickedModel ? alternativeAsked(u, catalog) : undefined;
  if (!pronoun && !connector && !elliptical && !attributeQuestion && !pickFromList && !pointerSide && !instead && !alternative) return u;
  const sidesPicked = sidePickAsked(u, prev);
  if (sidesPicked) {
    const purpose = PICKED_FOR.exec(u.text)?.[1]?.trim() ?? '';
    const picked: Understanding = { ...u, followUp: true, previous: prev, intent: 'comparison', sides: sidesPicked, concepts: sidesPicked.map((s) => s.concept!), sidePick: { for: purpose }, terms: mergeTerms(u.terms, prev.terms) };
    // The pick is of a side, not of the kind of thing the wording named ("which one…" reads as a model).
    delete picked.target;
    return picked;
  }
  // "and the most expensive?" after the cheapest: the same ranking from its other end.
  const flipped = otherEnd(u, prev, contentWords);
  if (flipped) return flipped;

  // A fragment ("and Gemini 2.5 Pro?", "and for video?") asks the previous question of something else;
  // one with its own clear intent ("any examples?") asks that of the same subject.
  const ownIntent = u.confidence >= 0.6 && !hasEntity && u.categories.length === 0 && !['definition', 'fact'].includes(u.intent);
  // "and the cheapest model for output tokens?" after a context window: its own superlative over a
  // figure of its own is a question of its own, not the last one asked again.
  const ownRanking = u.superlative !== undefined && u.attribute !== undefined && u.attribute !== 'figure' && u.attribute !== prev.attribute && u.models.length === 0;
  const sameQuestion = !ownIntent && !ownRanking && (fragment || (connector && !FRAME.test(rest)));
  const out: Understanding = { ...u, followUp: true, previous: prev };
  if (pickedModel) out.pick = { model: pickedModel, alternatives: previous.models.slice(1) };
  if (sameQuestion) {
    out.intent = prev.intent;
    out.confidence = prev.confidence;
    // The target belongs to the intent: the previous question's, or none when it had none.
    if (prev.target) out.target = prev.target;
    else delete out.target;
    if (prev.aspect && !u.aspect) out.aspect = prev.aspect;
    else if (prev.aspect) out.aspect = prev.aspect;
    if (!u.attribute && prev.attribute) out.attribute = prev.attribute;
    if (!u.superlative && prev.superlative) out.superlative = prev.superlative;
    out.constraints = mergeConstraints(prev.constraints, u.constraints);
    out.statedConstraints = u.constraints;
  } else if (u.intent === 'recommendation' || prev.intent === 'recommendation') {
    out.constraints = mergeConstraints(prev.constraints, u.constraints);
    out.statedConstraints = u.constraints;
  }
  // "what about cost?", "and its context window?" after a pick: the figure of the model picked, not
  // the pick made again with the figure as its reason.
  if (pickedModel && sameQuestion && !hasEntity && u.categories.length === 0 && !u.superlative && u.attribute && PICK_FIGURES.has(u.attribute) && contentWords <= 4) {
    out.intent = 'fact';
    out.models = [pickedModel];
    delete out.superlative;
    delete out.target;
  }

  let keptSubject = false;
  const answerModels = previous.models.length > 0 ? [...previous.models] : prev.models;
  const subjectConcepts = previous.concepts.length > 0 ? [...previous.concepts] : prev.concepts;
  // "why are people nervous about them?" after "are agentic LLMs worth a look?": a plural pronoun
  // points at the kind asked about, not at the one model the answer happened to pick.
  // So does one asking what the kind does or risks ("what are they used for?") after models were listed.
  const kindQuestion = ['why', 'limitations', 'uses', 'how', 'definition', 'examples'].includes(u.intent);
  const pluralKind = PLURAL.test(u.text) && !PICK_AMONG.test(u.text) && (answerModels.length <= 1 || kindQuestion) && prev.models.length === 0 && prev.concepts.length > 0;
  // A way of working weighed last ("should we fine-tune Llama…?"): a time or cost asked next is the way's.
  const planFigure = prev.intent === 'recommendation' && prev.target === 'approach' && u.models.length === 0 && (u.attribute === 'figure' || u.attribute === 'pricing') && (pronoun || elliptical);
  // "what's the cheap fast sibling of it?": another member of the model's family, picked by the need.
  const model = previous.models[0] ?? prev.models[0];
  const siblings = model && u.models.length === 0 && pronoun && SIBLING.test(u.text) ? relatives(model, catalog) : [];
  if (siblings.length > 0) {
    out.selectFrom = siblings;
    out.models = [];
    // Named, with what it is known for: the profile of the member that fits.
    out.intent = 'definition';
    out.aspect = 'definition';
    out.confidence = Math.max(out.confidence, 0.6);
    delete out.runnerUp;
    delete out.attribute;
  }
  // "and gpt-5? which one's cheaper?": the new model against the one asked about before.
  const before = previous.models[0] ?? prev.models[0];
  if (u.models.length > 0 && before && !u.models.includes(before) && COMPARE_PICK.test(u.text) && u.superlative) {
    out.models = [...u.models, before];
    out.intent = 'ranking';
  }
  // "who makes the one with the best prompt fidelity": one of the models just named, picked by need.
  if (THE_ONE.test(u.text) && answerModels.length > 1 && u.models.length === 0) {
    out.selectFrom = answerModels;
    out.models = [];
  }
  // "which one for general chat?" after "what size classes are there?": a pick among the kinds just
  // listed (a size class, a model type, a deployment), not a model.
  const listedKind = (prev.intent === 'list' || prev.intent === 'examples') && answerModels.length === 0 && u.models.length === 0 && /\bwhich (?:one|of (?:them|those|these))\b/i.test(u.text) ? kindListed(subjectConcepts) : undefined;
  if (listedKind) {
    out.intent = 'recommendation';
    out.target = listedKind;
    out.concepts = [...subjectConcepts, ...u.concepts.filter((c) => !subjectConcepts.includes(c))];
  }
  // "which of those stages makes it safe?" after a list of stages (not of models): one of its items.
  if (previous.items && previous.items.length >= 2 && answerModels.length <= 1 && u.models.length === 0 && PICK_ONE.test(rest) && !u.superlative) out.among = previous.items;
  // A superlative of its own ranks across models: it is not asked of the one the last answer named.
  const attributeOnly = u.models.length === 0 && u.articles.length === 0 && u.attribute !== undefined && u.attribute !== 'figure' && contentWords <= 4 && !ownRanking;
  if (attributeOnly && answerModels.length > 0) out.models = [answerModels[0]!];
  if (out.selectFrom) {
    // resolved by the plan: the model that fits best among those
  } else if ((WHICH_OF.test(u.text) || (WHICH_BARE.test(rest) && !hasEntity && u.categories.length === 0)) && answerModels.length > 1) {
    out.models = answerModels; // rank or pick among what the last answer named
    if (u.models.length === 0) out.modelsFromAnswer = true;
    // "which of those are open source" filters the list by a property (a concept such as "open
    // source" may name it); "which of them is best at X" ranks it.
    if (u.superlative) out.intent = 'ranking';
    else if (u.models.length === 0 && (u.constraints.openWeights || u.categories.length > 0 || u.constraints.frontier)) out.intent = 'list';
  } else if (u.superlative && answerModels.length > 1 && !hasEntity && u.categories.length === 0 && (pronoun || elliptical || /\bones?\b/i.test(u.text))) {
    // "and the cheapest one?" after a list: the superlative ranks what the last answer named.
    out.models = answerModels;
    out.modelsFromAnswer = true;
    out.intent = 'ranking';
  } else if (planFigure) {
    // "and how long does that take?" after "should we fine-tune Llama…?": the time or cost of the
    // way the last answer weighed, not a figure of the model it would be done to.
    out.models = [];
    out.names = [];
  } else if (u.models.length === 0 && (pronoun || !hasEntity) && !pluralKind && !ownRanking) {
    // "who's behind it?", "based on what benchmark": about what the last answer named first.
    out.models = previous.models.length > 0 ? [previous.models[0]!] : prev.models;
  }
  // "whats the catch?", "what's it good at?" after a pick: the aspect is asked of the model the
  // answer named; the last question's concepts were its situation, not the thing now asked about.
  // Only a model picked as such: after a kind was picked ("which architecture…?"), its example models are not the subject.
  const modelPicked = prev.intent !== 'recommendation' || prev.target === 'model';
  const ofPick = modelPicked && !sameQuestion && u.concepts.length === 0 && u.models.length === 0 && out.models.length === 1 && out.models[0] === previous.models[0] && u.aspect !== undefined && PICK_ASPECTS.has(u.aspect) && EXPLAINING.has(u.intent);
  // "Why that one?", "why not FLUX.1 instead?": the reason for the pick, not the situation's advice.
  const whyPick = pickedModel !== undefined && u.intent === 'why' && u.concepts.length === 0 && (instead || (u.models.length === 0 && out.models[0] === pickedModel));
  if (ofPick || whyPick) out.concepts = [];
  else if (u.concepts.length === 0 && u.models.length === 0 && (pronoun || !hasEntity || sameQuestion)) {
    out.concepts = subjectConcepts;
  } else if (u.models.length === 0 && out.models.length === 0 && !out.selectFrom && SUBJECT_PRONOUN.test(rest)) {
    // "what are they used for in real products?", "are they usually open source?": the pronoun is
    // the subject; a noun the follow-up brings ("products", "open source") is what is asked of it.
    out.concepts = [...subjectConcepts.filter((c) => !u.concepts.includes(c)), ...u.concepts];
    keptSubject = subjectConcepts.some((c) => !u.concepts.includes(c));
  }
  if (u.articles.length === 0 && prev.articles.length > 0 && (pronoun || elliptical)) out.articles = prev.articles;
  // Without a catalog, the name the last answer gave stands in for "it".
  if (out.models.length === 0 && u.names.length === 0 && !planFigure && (pronoun || elliptical || attributeQuestion)) {
    const names = previous.names.length > 0 ? previous.names : prev.names;
    if (names.length > 0) out.names = [names[0]!];
  }
  if (u.categories.length === 0) out.categories = prev.categories;
  if (sameQuestion && u.models.length > 0 && prev.sides.length > 0) out.sides = [];
  // "and which of them is open source?" asks its own thing of them, not the last turn's figure.
  // "what modes does it have?" after its release date names its own thing asked: not the last figure.
  if (!u.attribute && prev.attribute && (pronoun || sameQuestion) && (sameQuestion || u.concepts.length === 0) && !(pronoun && !sameQuestion && ASKED_NOUN.test(u.text))) out.attribute = prev.attribute;
  const pointedAttribute = modelAttribute(out, u);
  if (pointedAttribute) out.attribute = pointedAttribute;
  weighBack(out, u, answerModels, subjectConcepts, prev.models.length);
  out.terms = mergeTerms(u.terms, prev.terms);
  // The way weighed is the subject: its words search at their own weight, as if asked again; the
  // model's name it would be done to searches for nothing of the way's.
  if (planFigure) {
    const modelWords = new Set(prev.models.flatMap((m) => nameTokens(m.name)));
    out.terms = mergeTerms(prev.terms, u.terms)
      .filter((t) => !modelWords.has(t.term))
      .map((t) => ({ ...t, weight: Math.max(t.weight, u.terms.find((x) => x.term === t.term)?.weight ?? 0) }));
  }
  // The pronoun's antecedent stays the subject: its words keep their weight, and the generic noun the
  // follow-up brings ("products") searches as a term of it, not as a subject that outweighs it. A
  // yes/no ("are they usually open source?") is the exception: its noun is what must be verified.
  if (keptSubject && u.intent !== 'yesno') {
    const subjectWords = new Set(subjectConcepts.filter((c) => !u.concepts.includes(c)).flatMap((c) => c.names.slice(0, 3).flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/))));
    const prevWeight = new Map(prev.terms.map((t) => [t.term, t.weight]));
    const ofSubject = (t: string) => [...subjectWords].some((w) => w.length > 2 && (w.startsWith(t.replace(/^~/, '')) || t.replace(/^~/, '').startsWith(w)));
    const asked = new Set(u.concepts.flatMap((c) => c.names.slice(0, 3).flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/))));
    const own = (t: string) => !ofSubject(t) && [...asked].some((w) => w.length > 2 && (w.startsWith(t) || t.startsWith(w)));
    out.terms = out.terms.map((t) => (ofSubject(t.term) && prevWeight.has(t.term) ? { ...t, weight: Math.max(t.weight, prevWeight.get(t.term)!) } : own(t.term) ? { ...t, weight: Math.min(t.weight, 0.5) } : t));
  }
  return alternative ? withAlternative(out, alternative) : out;
}

/**
 * A follow-up that weighs what the last turn was about: "how is that different from a VAE?" after
 * "what is a GAN" sets the GAN against the VAE; "is it better than Midjourney?" sets the model just
 * discussed against the one named now; "how do they compare on price?" after two models weighs both.
 */
function weighBack(out: Understanding, u: Understanding, answerModels: readonly CatalogEntry[], subjectConcepts: readonly Concept[], askedModels: number): void {
  if (!WEIGHS.test(u.text)) return;
  const before: Side | undefined = answerModels.length === 1 ? { text: answerModels[0]!.name, model: answerModels[0]! } : subjectConcepts.length === 1 ? { text: subjectConcepts[0]!.name, concept: subjectConcepts[0]! } : undefined;
  // A side that only points back ("that", "it") is what the last turn was about.
  const pointer = u.sides.findIndex((s) => !s.model && !s.concept && POINTER.test(s.text));
  if (before && pointer >= 0 && u.sides.length === 2) {
    const other = u.sides[1 - pointer]!;
    if (other.model !== before.model || other.concept !== before.concept) {
      out.sides = pointer === 0 ? [before, other] : [other, before];
      out.intent = 'comparison';
      if (before.model) out.models = [before.model, ...u.models.filter((m) => m !== before.model)];
      if (before.concept) out.concepts = [before.concept, ...u.concepts.filter((c) => c !== before.concept)];
      return;
    }
  }
  // "is it better than Midjourney?", "is that better than a VAE?": the one thing discussed against
  // the one named now.
  if (before?.model && u.models.length === 1 && u.models[0] !== before.model && SINGULAR.test(u.text)) {
    out.models = [before.model, u.models[0]!];
    out.sides = out.models.map((m) => ({ text: m.name, model: m }));
    out.intent = 'comparison';
    return;
  }
  if (before?.concept && u.models.length === 0 && u.concepts.length === 1 && u.concepts[0] !== before.concept && SINGULAR.test(u.text)) {
    out.sides = [before, { text: u.concepts[0]!.name, concept: u.concepts[0]! }];
    out.concepts = [before.concept, u.concepts[0]!];
    out.intent = 'comparison';
    return;
  }
  // "how do they compare on price?" after a turn about two models: both of them.
  if (u.models.length === 0 && askedModels >= 2 && answerModels.length >= 2 && PLURAL.test(u.text)) {
    out.models = [...answerModels];
    out.sides = out.models.map((m) => ({ text: m.name, model: m }));
    out.intent = 'comparison';
  }
}
