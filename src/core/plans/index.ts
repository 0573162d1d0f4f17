/**
 * One answer plan per intent, each leading with the direct answer. When the classifier found two
 * intents close, the answer serves both: a verdict that ends with the definition, say.
 */
import { rankEvidence } from '../evidence/sentences.js';
import { sizeClassOf } from './size-class-of.js';
import type { Side, Understanding } from '../understand/types.js';
import { answerComparison, answerWhyOneWon, compareModels } from './compare.js';
import type { Draft, PlanContext } from './context.js';
import { notAnswered } from './context.js';
import { explain } from './explain.js';
import { answerFact, releaseOrder } from './fact.js';
import { releaseRanking } from './release-ranking.js';
import { techniqueUsers } from './technique-users.js';
import { figuresOfEach } from './figure-list.js';
import { answerList, catalogList, ownChecklist } from './list.js';
import { enumeratedList } from './enumeration.js';
import { answerBeyond, answerRanking, referenceModel, sizeWithin } from './ranking.js';
import { answerRecommendation } from './recommend.js';
import { rankItems, unpricedItems } from './item-ranking.js';
import { optionUnderConstraint } from './option-fit.js';
import { displayName } from './pick-wording.js';
import { answerYesNo, judgedEvidence, relationVerdict, verdictEvidence } from './yesno.js';
import { asksVerdict, verdictLead } from './verdict.js';
import { linkTokens } from '../lexicon/phrases.js';
import { asksWhichSide } from './compare-verdict.js';
import { blockFrom } from '../compose/blocks.js';
import { supported } from './support.js';
import { pickModels } from './pick-model.js';
import { answerUnknownName } from './unknown-name.js';
import { fieldDocuments, onTopic } from '../lexicon/domain.js';
import { WEAK_TERMS } from '../understand/terms.js';
import { categoryTerms } from '../understand/needs.js';
import { asksProposalVerdict, proposalVerdict } from './proposal.js';
import { volumeVerdict } from './volume-verdict.js';
import { budgetVerdict } from './budget-verdict.js';
import { requirementVerdict } from './requirement-verdict.js';
import { modelNeedVerdict } from './model-need-verdict.js';
import { maturityVerdict } from './maturity-verdict.js';
import { answerPickedItem } from './pick-item.js';
import { runNeedsDraft } from './run-needs.js';
import { alternativeDraft } from './pick-alternative.js';
import { underlyingFirst } from './underlying.js';
import { askedItemFirst } from './asked-item.js';
import { analysed } from '../evidence/analysed.js';
import { withSecondAsk } from './second-ask.js';
import { answerKindMisfit } from './kind-misfit.js';
import type { ConceptTable } from '../lexicon/concepts.js';

/** Attributes a named model's catalog entry (or the documents) can state. */
/** Intents a figure asked of every model of a set can be read as. */
const EACH_SHAPED = new Set(['fact', 'list', 'ranking', 'examples']);

const MODEL_FACTS = new Set(['context_window', 'pricing', 'training_cost', 'training', 'released', 'developer', 'parameters', 'benchmark', 'figure']);

function byIntent(ctx: PlanContext, u: Understanding): Draft {
  // "Which model is cheaper than X?" asks for the others that beat X, not for X's price.
  const reference = referenceModel(u);
  const beyond = reference ? answerBeyond(ctx, u, reference) : undefined;
  if (beyond) return beyond;
  // "What's the context window of X?" is a fact about X however it is phrased.
  // "Who wrote the Space-O guide?" likewise asks a fact about an article.
  if (u.articles.length > 0 && (u.attribute === 'author' || u.attribute === 'published' || u.attribute === 'publisher' || u.attribute === 'audience')) return answerFact(ctx, u);
  // "How much cheaper is A than B?": the two figures and the gap between them, whatever the shape.
  if (u.asksGap && u.models.length >= 2 && (u.attribute === 'pricing' || u.attribute === 'context_window' || u.attribute === 'benchmark')) {
    const gap = compareModels(ctx, u, u.models.slice(0, 2));
    if (gap.answered) return gap;
  }
  // "Biggest Llama 3.3 variant is how many params?": a superlative over the sizes one model comes in.
  const sized = sizeWithin(u);
  if (sized) return sized(ctx);
  // "What would we need to run it?": what hosting the model takes, whatever shape the wording took.
  const needs = u.asksRunNeeds ? runNeedsDraft(ctx, u) : undefined;
  if (needs) return needs;
  // "Any cheaper alternative?", "is there a Google option?": another model than the last pick.
  const alternative = u.alternative ? alternativeDraft(ctx, u) : undefined;
  if (alternative) return alternative;
  // "Which one was released first?" of two models set side by side: their own dates give the order.
  const order = u.attribute === 'released' && u.models.length >= 2 && u.sides.length < 3 ? releaseOrder(ctx, u) : undefined;
  if (order) return order;
  // "Which models use chain of thought?": the kinds of model built on the technique, not what it is.
  const users = ['examples', 'list', 'definition', 'how', 'uses', 'ranking', 'recommendation'].includes(u.intent) ? techniqueUsers(ctx, u) : undefined;
  if (users) return users;
  // "Which is the newest model?", "the latest Claude model": an end of the release order over the models weighed.
  const newest = ['ranking', 'recommendation', 'fact', 'list', 'examples', 'definition'].includes(u.intent) ? releaseRanking(ctx, u) : undefined;
  if (newest) return newest;
  // "Release dates of the Claude models", "context windows of the main models": every model of the set with the figure.
  const each = EACH_SHAPED.has(u.intent) ? figuresOfEach(ctx, u) : undefined;
  if (each) return each;
  const modelFact = (u.models.length > 0 || u.names.length > 0) && u.attribute !== undefined && MODEL_FACTS.has(u.attribute) && u.sides.length < 2;
  const factShaped = ['definition', 'how', 'uses', 'fact', 'ranking', 'examples', 'list'].includes(u.intent) || (u.intent === 'recommendation' && u.confidence < 0.6 && u.models.length === 1);
  if (modelFact && factShaped && !(u.intent === 'ranking' && u.models.length > 1)) return answerFact(ctx, u);
  // "The most expensive model type to run": the kind the documents name, not models by price.
  if (u.kindSuperlative && ['ranking', 'recommendation', 'fact', 'list'].includes(u.intent)) {
    const stated = explain(ctx, u, undefined);
    if (stated.answered) return stated;
  }
  // "Rank the ways to get a model into production by cost": the paths the documents price, not models.
  if (u.itemRanking && ['ranking', 'recommendation', 'fact', 'list', 'comparison'].includes(u.intent)) {
    // Unpriced, a pick or a comparison still has its own plan; an ordering is told what is missing.
    const ranked = rankItems(ctx, u) ?? (u.intent === 'recommendation' || u.intent === 'comparison' ? undefined : unpricedItems(ctx, u));
    if (ranked) return ranked;
  }
  // "Which products does Anthropic offer?": the maker's models from the catalog, however the wording read.
  const made = u.madeBy && ['examples', 'definition', 'uses'].includes(u.intent) ? catalogList(ctx, u) : undefined;
  if (made) return made;
  switch (u.intent) {
    case 'definition':
    case 'how':
    case 'uses':
    case 'limitations':
    case 'examples':
      return explain(ctx, u);
    case 'why':
      return answerWhyOneWon(ctx, u, explain(ctx, u));
    case 'yesno':
      return answerYesNo(ctx, u);
    case 'comparison':
      // "API vs fine-tuning if we ship in 3 weeks?": the deadline picks between them.
      return (u.constraints.deadlineDays !== undefined ? optionUnderConstraint(ctx, u) : undefined) ?? answerComparison(ctx, u);
    case 'recommendation':
      return answerRecommendation(ctx, u);
    case 'fact':
      return answerFact(ctx, u);
    case 'list':
      return answerList(ctx, u);
    case 'ranking':
      return answerRanking(ctx, u);
    default:
      return notAnswered();
  }
}

/** Intents whose answers combine well: the second one's lead is added when it says something new. */
const BLENDS = new Set(['yesno:definition', 'definition:yesno', 'definition:how', 'how:definition']);

/**
 * Needs that only this field states: where a model runs, whose weights, how long a context. "Quick",
 * "cheap", "best" or "small team" are said of lunches and hotels too, so alone they anchor nothing.
 */
const FIELD_CONSTRAINTS = ['selfHosted', 'openWeights', 'dataResidency', 'privacy', 'managedApi', 'onDevice', 'longContext', 'frontier', 'regulated'] as const;

const fieldDocs = new WeakMap<ConceptTable, Set<string>>();

/** The terms of the question's words that belong to an everyday field ("power supply", "timetable"). */
function everydayTerms(ctx: PlanContext, u: Understanding): Set<string> {
  return new Set((u.everyday ?? []).flatMap((c) => ctx.index.analyzer.terms(c.words)));
}

/** Whether the question is for this bot at all (see lexicon/domain.ts); a follow-up is when its thread was. */
function aboutTheField(ctx: PlanContext, u: Understanding): boolean {
  let documents = fieldDocs.get(ctx.concepts);
  if (!documents) fieldDocs.set(ctx.concepts, (documents = fieldDocuments(ctx.index)));
  const anchored = (x: Understanding) => {
    // The question's other known words: not the mentions' own, the kinds of content read, or figures.
    const own = new Set([...x.mentions.flatMap((m) => ctx.index.analyzer.terms(m.words)), ...categoryTerms(x.categories, ctx)]);
    // Words of an everyday field ("power supply", "movie") lead away from the knowledge, though it may use them.
    const elsewhere = everydayTerms(ctx, x);
    // Only the question's own words: the words a plan searches with besides ("mitigate" for "reduce") say nothing of where it leads.
    const said = new Set(ctx.index.analyzer.terms(x.text));
    const known = x.terms.filter((t) => t.weight >= 0.5 && said.has(t.term) && !t.term.startsWith('~') && !/\d/.test(t.term) && !WEAK_TERMS.has(t.term) && !own.has(t.term) && !elsewhere.has(t.term)).length;
    // The words of language work ("support tickets") are that work, counted below, not words leading elsewhere.
    const cueWords = new Set([...(x.everyday ?? []).flatMap((c) => c.words.split(' ')), ...(x.languageWork?.split(' ') ?? [])]);
    const fieldWord = x.mentions.some((m) => !m.foreign);
    const a = {
      articles: x.articles.length,
      names: x.names.length + x.unknownNames.length,
      mentions: x.mentions,
      // Language work ("our support bot", "tickets") is a kind of content too, said outside the field as well.
      categories: x.categories.length + (x.languageWork ? 1 : 0),
      // A figure the catalog records by the label the question names ("enterprise seats") is the field's own.
      attribute: x.attribute !== undefined || x.stat !== undefined,
      // "Which setting do I lower…": asks for a setting or a benchmark, the field's own things (what
      // kind of model, approach or size is asked is read too loosely to count: "give me a recipe"
      // is not a question about models).
      // A setting read off field words all pulled into another sense ("a prompt for my creative writing class") is not one.
      // A task the field names ("detect suspicious rows": anomaly detection) is the field's own too.
      // A setting read off the one field word there is ("what temperature to cook chicken at") is that word again, not a second anchor.
      // So is adapting a model to the asker's material or likeness ("answer from our docs without retraining").
      constraint: FIELD_CONSTRAINTS.some((c) => x.constraints[c] === true) || ((x.target === 'setting' || x.target === 'benchmark') && !((x.everyday ?? []).length > 0 && x.mentions.every((m) => m.foreign)) && (known > 0 || x.mentions.length > 1)) || x.purpose !== undefined || x.adaptation !== undefined,
      everydayNeed: Object.values(x.constraints).some(Boolean),
      known,
      // With the field's own word beside it ("which model… an animation"), a word read as the kind of
      // content to make is that content, counted above, not a word leading elsewhere.
      unknown: x.unknownTerms.filter((word) => !cueWords.has(word) && !(fieldWord && x.contentWords?.includes(word))).map((word) => ({ word, need: x.unknownNeeds?.includes(word) ?? false, content: x.contentWords?.includes(word) ?? false })),
      everydayWords: x.everyday?.length ?? 0,
      text: x.text,
    };
    return onTopic(a);
  };
  if (anchored(u) || (u.followUp && u.previous !== undefined && anchored(u.previous))) return true;
  const top = ctx.index.search(u.terms, { limit: 1 })[0];
  if (!top) return false;
  // Words that lead to a document outside the field (a team's parking rules) are that document's question.
  if (!documents.has(top.passage.docId)) return true;
  // So is a question one section answers nearly word for word ("which approach if our facts change
  // every week and answers must be cited?"), not one that shares a word or two with it.
  // The words must meet in one sentence: a section mentioning "office" here and "place" there is no answer.
  // Only the question's own words: a kind of content read off a word ("code" for "python") is no word it said.
  const said = new Set(u.said.terms);
  const asked = u.terms.filter((t) => t.weight >= 0.5 && !t.term.startsWith('~') && said.has(t.term)).map((t) => t.term);
  const needed = Math.max(3, 0.6 * (asked.length + u.unknownTerms.length));
  // A field word read in its everyday sense ("the next train") and that sense's own words match no section's words.
  const elsewhere = new Set([...everydayTerms(ctx, u), ...u.mentions.filter((m) => m.foreign).flatMap((m) => ctx.index.analyzer.terms(m.words))]);
  return analysed(ctx.index, top.passage).units.some((unit) => asked.filter((t) => unit.terms.has(t) && !elsewhere.has(t)).length >= needed);
}

/** Answers that already open with a verdict. */
const VERDICT_OPENING = /^(?:yes|no|not\b|mostly|probably|it depends)/i;

/**
 * A yes/no question read as another shape ("does 'instruct' mean it had no safety tuning?" as a
 * definition) still gets its verdict first, when a sentence close to the question states one; the
 * plan's own answer follows it.
 */
function verdictFirst(ctx: PlanContext, u: Understanding, draft: Draft): Draft {
  if (u.intent === 'yesno' || !asksVerdict(u) || (draft.answered && VERDICT_OPENING.test(draft.blocks[0]?.text ?? ''))) return draft;
  // "Are video models further along than audio ones?": the sentence ranking the two sides is the verdict.
  if (draft.answered && draft.kind === 'comparison' && asksWhichSide(u)) return draft;
  const asked = { ...u, intent: 'yesno' as const };
  // "Define chat model pls, is it just an instruct model?": the two concepts' own relation decides.
  const related = relatedSides(ctx, u);
  const relation = related ? relationVerdict(ctx, { ...asked, sides: related }) : undefined;
  if (relation) {
    const lead = relation.blocks[0]!;
    const rest = draft.answered ? draft.blocks.filter((b) => b.passage !== lead.passage && !relation.blocks.includes(b)).slice(0, 1) : relation.blocks.slice(1, 2);
    return { ...draft, kind: draft.answered ? draft.kind : 'definition', answered: true, blocks: [lead, ...rest] };
  }
  const evidence = verdictEvidence(ctx, asked);
  const top = Math.max(0, ...evidence.map((e) => e.coverage));
  const best = evidence.find((e) => e.coverage >= top * 0.8) ?? evidence[0];
  const judged = best ? judgedEvidence(ctx, asked, evidence, best) : undefined;
  if (!judged) return draft;
  const lead = blockFrom(judged.evidence, { maxChars: 420, maxUnits: 2, itemOnly: true });
  if (!supported(ctx, asked, judged.evidence, lead.text)) return draft;
  const verdict = { ...lead, text: verdictLead(ctx, asked, judged.verdict, lead.text, judged.evidence.passage.headings.join(' ')) };
  const rest = draft.answered ? draft.blocks.filter((b) => b.passage !== lead.passage).slice(0, 1) : [];
  return { ...draft, kind: draft.answered ? draft.kind : 'explanation', answered: true, blocks: [verdict, ...rest] };
}

/**
 * The two concepts a yes/no clause inside another question relates: the one it names ("an instruct
 * model" in "define chat model, is it just an instruct model?") and the one the rest of the question
 * is about, which its pronoun stands for.
 */
function relatedSides(ctx: PlanContext, u: Understanding): Side[] | undefined {
  const clause = u.verdict.clause;
  if (!clause || u.concepts.length < 2) return undefined;
  const named = ctx.concepts.dictionary.find(linkTokens(clause)).map((m) => m.value);
  const object = u.concepts.find((c) => named.includes(c));
  const subject = u.concepts.find((c) => c !== object && !named.includes(c));
  return object && subject ? [{ text: subject.name, concept: subject }, { text: object.name, concept: object }] : undefined;
}

/**
 * The pick for "is X enough, or do we need something else?" is another kind than the X asked about:
 * the verdict on X comes first ("No, a large language model alone is not enough here."), then the pick.
 */
function notEnough(ctx: PlanContext, u: Understanding, pick: Draft): Draft {
  const asked = u.concepts.filter((c) => c.kind === 'model-type');
  const picked = pick.concepts ?? [];
  const first = pick.blocks[0];
  if (asked.length !== 1 || picked.length === 0 || picked.includes(asked[0]!) || !first) return pick;
  const verdict = `No, ${displayName(ctx, asked[0]!).replace(/\*\*/g, '')} alone is not enough here.`;
  return { ...pick, blocks: [{ ...first, text: `${verdict} ${first.text}` }, ...pick.blocks.slice(1)] };
}

export function planAnswer(ctx: PlanContext, u: Understanding): Draft {
  // "Who makes X, and can we host it ourselves?": the first part answered first, then the joined one.
  return withSecondAsk(ctx, u, planOne(ctx, u), planOne);
}

function planOne(ctx: PlanContext, u: Understanding): Draft {
  if (['greeting', 'thanks', 'help'].includes(u.intent)) return notAnswered();
  if (!aboutTheField(ctx, u) || (u.outOfScope && !u.followUp)) return notAnswered();
  // "What makes a model good?": a question that holds a section's heading asks what that section says.
  if (!u.followUp && u.models.length === 0 && (u.intent === 'definition' || u.intent === 'uses')) {
    const titled = titledSection(ctx, u);
    if (titled) return titled;
  }
  // "Is a 7B model small or large?": the size class whose range holds the count.
  const sized = sizeClassOf(ctx, u);
  if (sized) return sized;
  // "Which of those stages makes it safe?": the one item of the earlier list this turn's words pick.
  const picked = answerPickedItem(ctx, u);
  if (picked) return picked;
  // "5 things to check before picking a model", "what should we check before we pick one?": the
  // steps the subject's own definition lists, whichever shape the wording took.
  const checklist = ownChecklist(ctx, u);
  if (checklist) return checklist;
  // "What questions should we ask before picking a vendor?", "what factors affect image quality?":
  // the items of the set asked for, from the documents' enumeration of it, whichever shape the wording took.
  if (u.enumerates && u.intent !== 'list') {
    const enumerated = enumeratedList(ctx, u);
    if (enumerated) return enumerated;
  }
  if (u.selectFrom) {
    const top = pickModels(ctx.index, ctx.kb.models, { ...u, categories: [] }, u.selectFrom)[0];
    if (top) {
      const { selectFrom: _, ...rest } = u;
      u = { ...rest, models: [top.model] };
    }
  }
  // "Which image models does the Space-O guide recommend?" lists what the article names.
  if (u.articles.length > 0 && u.intent === 'recommendation' && u.choice.saysModelsOrTools && u.attribute !== 'author' && u.attribute !== 'published') {
    const listed = answerList(ctx, u);
    if (listed.answered) return listed;
  }
  // A name the knowledge does not know ("Grok 4", "GPT-6") is not answered with another model's facts.
  if (u.unknownNames.length > 0 && u.models.length === 0) {
    return answerUnknownName(ctx, u);
  }
  // "Is an image model good for writing SQL?": a kind asked about content it is not for is told No, and what is.
  const misfit = answerKindMisfit(ctx, u);
  if (misfit) return misfit;
  // "We do 50M tokens a month, should we self-host?": the stated volume against the documents' threshold.
  const onVolume = volumeVerdict(ctx, u);
  if (onVolume) return onVolume;
  // "We have ~$200k, should we train our own LLM from scratch?": the stated budget against the documents' costs.
  const onBudget = budgetVerdict(ctx, u);
  if (onBudget) return onBudget;
  // "Can we ship generated code without review?": a plan leaving out a step the documents call needed.
  const onRequirement = requirementVerdict(ctx, u);
  if (onRequirement) return onRequirement;
  // "Should we bet our product on video gen right now?": a kind the documents call immature, and what holds it back.
  const onMaturity = maturityVerdict(ctx, u);
  if (onMaturity) return onMaturity;
  // "Is Gemini 2.5 Pro worth it for whole repos in the prompt?": the model's window against the others'.
  const onNeed = modelNeedVerdict(ctx, u);
  if (onNeed) return onNeed;
  // "Is it worth paying for a multimodal model when we only need text?", "is X overkill for Y?": a
  // verdict on the proposal, read against the situation, whichever shape the wording took.
  // A yes/no clause read as a request for a pick ("would distillation make sense for our app?") asks it too.
  if ((u.intent === 'yesno' || u.verdict.clause !== undefined) && asksProposalVerdict(u)) {
    const onProposal = proposalVerdict(ctx, u);
    if (onProposal) return onProposal;
  }
  // "Is a text LLM enough for scanned invoices, or do we need something else?" asks for a pick.
  if (u.intent === 'yesno' && u.runnerUp?.intent === 'recommendation' && u.runnerUp.p >= 0.3 && u.categories.some((c) => c.direction === 'input')) {
    const pick = byIntent(ctx, { ...u, intent: 'recommendation', target: u.target ?? 'model-type' });
    if (pick.answered) return notEnough(ctx, u, pick);
  }
  // "What model does ChatGPT run on?": the models beneath it lead, before what the product is.
  // "What does Stable Diffusion use a VAE for?": of the uses listed, the one naming it leads.
  const draft = askedItemFirst(ctx, u, underlyingFirst(ctx, u, verdictFirst(ctx, u, byIntent(ctx, u))));
  // A refusal from a shape the classifier was unsure of may be the wrong shape's refusal.
  // So is one about a figure the catalog records by the label the question names ("Hugging Face downloads").
  const aboutNamedModel = (u.models.length > 0 || u.names.length > 0) && (u.attribute !== undefined || u.stat !== undefined);
  if (!draft.answered && draft.blocks.length > 0 && u.confidence < 0.5 && !aboutNamedModel) {
    const plain = explain(ctx, u, undefined);
    if (plain.answered) return plain;
  }
  if (!draft.answered && draft.blocks.length === 0) {
    // The shape guessed may not fit the knowledge: a plain explanation, then the runner-up's shape.
    if (u.intent !== 'definition') {
      const plain = explain(ctx, u, u.aspect === 'types' || u.aspect === 'comparison' ? undefined : u.aspect);
      if (plain.answered) return plain;
    }
    if (u.runnerUp) {
      const second = byIntent(ctx, { ...u, intent: u.runnerUp.intent });
      if (second.answered) return second;
    }
  }
  // No shape fits, but a section is titled with the question's words ("…bullet list pls").
  if (!draft.answered && draft.blocks.length === 0 && !u.followUp && u.models.length === 0) {
    const titled = titledSection(ctx, u);
    if (titled) return titled;
  }
  // A verdict already given is not given again from the yes/no reading's own evidence.
  const verdictGiven = u.runnerUp?.intent === 'yesno' && VERDICT_OPENING.test(draft.blocks[0]?.text ?? '');
  if (draft.answered && draft.blocks.length === 1 && u.runnerUp && BLENDS.has(`${u.intent}:${u.runnerUp.intent}`) && !verdictGiven) {
    const second = byIntent(ctx, { ...u, intent: u.runnerUp.intent, aspect: u.runnerUp.intent === 'definition' ? 'definition' : u.aspect });
    const lead = second.blocks[0];
    if (second.answered && lead && !draft.blocks.some((b) => b.text.includes(lead.text.slice(0, 60)))) {
      return { ...draft, blocks: [draft.blocks[0]!, lead] };
    }
  }
  return draft;
}

/**
 * The section whose heading the question holds word for word (three words or more, at most one word
 * the knowledge does not know beside them): "what makes a model good, bullet list pls" is what the
 * section "What makes a model good" says, whichever shape the wording was read as.
 */
/** Whether every word of a heading is one of the names of the question's subject. */
function namesOnlySubject(ctx: PlanContext, u: Understanding, heading: readonly string[]): boolean {
  const names = new Set((u.concepts[0]?.names ?? []).flatMap((n) => ctx.index.analyzer.terms(n)));
  return names.size > 0 && heading.every((t) => names.has(t));
}

function titledSection(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (u.unknownTerms.length > 1 || (u.everyday ?? []).length > 0 || u.mentions.some((m) => m.foreign)) return undefined;
  const own = u.terms.filter((t) => !t.term.startsWith('~'));
  const words = new Set(own.map((t) => t.term));
  for (const hit of ctx.index.search(u.terms, { limit: 3 })) {
    const heading = [...new Set(ctx.index.analyzer.terms(hit.passage.headings.at(-1) ?? ''))];
    // The heading is most of what was asked, not three common words of a longer question.
    if (heading.length < 3 || heading.length < 0.6 * own.length || !heading.every((t) => words.has(t))) continue;
    // A heading that only names the subject ("Variational autoencoders (VAEs)") is no answer to an
    // aspect asked of it ("what is a variational autoencoder used for?"): the aspect's plan answers.
    if (u.aspect && u.aspect !== 'definition' && namesOnlySubject(ctx, u, heading)) continue;
    const ranked = rankEvidence(ctx.index, u.terms, [{ passage: hit.passage, score: 1, about: true }]);
    const opening = ranked.find((e) => e.unit.unit.index === 0);
    if (!opening) continue;
    // A lead-in ending in a colon is said with its items.
    const units = opening.units;
    const colon = units.slice(0, 3).findIndex((x) => !x.unit.bullet && /:\s*$/.test(x.unit.text));
    const lead = units.slice(0, colon + 1).map((x) => x.unit.text).join(' ');
    const items = colon >= 0 ? units.slice(colon + 1).filter((x) => x.unit.bullet).map((x) => (x.unit.text.startsWith('- ') ? x.unit.text : `- ${x.unit.text}`)) : [];
    const block = items.length > 0 ? { text: [lead, ...items].join('\n'), passage: hit.passage } : blockFrom(opening, { maxChars: 700, maxUnits: 3, fromStart: true });
    return { kind: 'explanation', answered: true, blocks: [block] };
  }
  return undefined;
}
