/**
 * What a follow-up takes from the last turn, slot by slot: the question asked again, the model or
 * concepts pointed back at, the figure, the needs. Each rule below fills one slot; the rules run in
 * order, each on the resolution the ones before it left. A group (an array) applies only the first
 * of its rules that holds.
 */
import { nameTokens } from '../../catalog/model-matcher.js';
import { withAlternative } from '../alternative.js';
import type { Understanding } from '../types.js';
import type { FollowUpFacts } from './facts.js';
import { mergeConstraints, mergeTerms, putsNewCase } from './merge.js';
import { SUBJECT_PICKED } from './carry-picks.js';
import { MODELS_CARRIED, SUBJECT_CARRIED } from './carry-subject.js';
import { WEIGH_BACK } from './weigh-back.js';
import { modelAttribute } from '../pointed-model.js';

/** One slot taken from the last turn: when `when` holds of the facts and the resolution so far, `carry` fills it in. */
export interface CarryRule {
  name: string;
  when: (f: FollowUpFacts, out: Understanding) => boolean;
  carry: (f: FollowUpFacts, out: Understanding) => void;
}

/** A rule, or a group of which only the first rule that holds applies. */
export type CarryStep = CarryRule | readonly CarryRule[];

/** Intents that explain what a thing is, does, is for or risks, rather than ask for a figure. */
const EXPLAINING: ReadonlySet<string> = new Set(['definition', 'uses', 'how', 'why', 'limitations', 'examples']);

/** Figures the catalog records of a model. */
const MODEL_FIGURES: ReadonlySet<string> = new Set(['pricing', 'context_window', 'released', 'developer', 'parameters']);
/** Intents that ask an aspect of their subject (its reason, limits, uses, workings) rather than a figure. */
const ASPECT_ASKED: ReadonlySet<string> = new Set(['why', 'limitations', 'uses', 'how']);

/** "what modes does it have?": a wh-word with a noun of its own names what is asked. */
const ASKED_NOUN = /\b(?:what|which)\s+(?!(?:is|are|was|were|does|do|did|about|if|else|one|ones|of|would|should|could|can|will|has|have|kind|sort|type)\b)[a-z]{3,}\b/i;

/** The previous question asked again: its intent, the target that belongs to it, its aspect, figure, end and needs. */
function askAgain(f: FollowUpFacts, out: Understanding): void {
  const { u, prev } = f;
  out.intent = prev.intent;
  out.confidence = prev.confidence;
  // The target belongs to the intent: the previous question's, or none when it had none.
  if (prev.target) out.target = prev.target;
  else delete out.target;
  // An aspect read with the intent that is replaced ("what about a bank…" misread as its limits) goes with it.
  if (prev.aspect) out.aspect = prev.aspect;
  else if (u.intent !== prev.intent) delete out.aspect;
  if (!u.attribute && prev.attribute) out.attribute = prev.attribute;
  if (!u.superlative && prev.superlative) out.superlative = prev.superlative;
  out.constraints = mergeConstraints(prev.constraints, u.constraints, putsNewCase(u.text, u.constraints));
  out.statedConstraints = u.constraints;
}

export const CARRY: readonly CarryStep[] = [
  // "why that one?" after "which model for our support bot?": the pick and its alternatives go along.
  { name: 'pick-kept', when: (f) => f.pickedModel !== undefined, carry: (f, out) => { out.pick = { model: f.pickedModel!, alternatives: f.previous.models.slice(1) }; } },
  [
    // "and Gemini 2.5 Pro?", "and for video?": the previous question, of something else.
    { name: 'same-question', when: (f) => f.sameQuestion, carry: askAgain },
    // "must be open weights though" after a pick: the needs stated before still hold.
    {
      name: 'needs-kept',
      when: (f) => f.u.intent === 'recommendation' || f.prev.intent === 'recommendation',
      carry: (f, out) => {
        out.constraints = mergeConstraints(f.prev.constraints, f.u.constraints, putsNewCase(f.u.text, f.u.constraints));
        out.statedConstraints = f.u.constraints;
      },
    },
  ],
  // "and its price?" after "why?" or a model's limitations: the figure named now is asked of the model,
  // not the reason or the limits again (of a kind, "and the cost?" after its limits still asks them).
  {
    name: 'figure-asked',
    when: (f) => f.sameQuestion && f.u.attribute !== undefined && MODEL_FIGURES.has(f.u.attribute) && ASPECT_ASKED.has(f.prev.intent) && f.answerModels.length + f.u.models.length > 0,
    carry: (_f, out) => {
      out.intent = 'fact';
      delete out.aspect;
    },
  },
  ...SUBJECT_PICKED,
  MODELS_CARRIED,
  SUBJECT_CARRIED,
  // "how does it work?" after "what architecture is best for images?" picked diffusion: the kind picked
  // is the subject, and the words that asked for a kind ("architecture", "best") search for nothing of it.
  { name: 'picked-kind', when: (f, out) => pickedKind(f, out), carry: (f, out) => { const own = new Set(f.u.terms.map((t) => t.term)); out.terms = out.terms.map((t) => (own.has(t.term) ? t : { ...t, weight: Math.min(t.weight, 0.2) })); } },
  // "what does it cover?" after a question about an article: the same article.
  { name: 'article-kept', when: (f) => f.u.articles.length === 0 && f.prev.articles.length > 0 && (f.pronoun || f.elliptical), carry: (f, out) => { out.articles = f.prev.articles; } },
  // "who makes it?" without a catalog: the name the last answer gave stands in for "it". A name the
  // catalog holds ("when did it come out?" after an answer naming Claude 4.5 Sonnet first) is that
  // model, so its recorded figures answer, never "my documents don't state it".
  {
    name: 'name-kept',
    when: (f, out) => out.models.length === 0 && f.u.names.length === 0 && !f.planFigure && (f.pronoun || f.elliptical || f.attributeQuestion) && namesBefore(f).length > 0,
    carry: (f, out) => {
      const name = namesBefore(f)[0]!;
      const entry = catalogEntryNamed(f.catalog, name);
      if (entry && !f.ownRanking) out.models = [entry];
      else out.names = [name];
    },
  },
  // "and which is cheapest?" after image models: the kind of content stays.
  { name: 'categories-kept', when: (f) => f.u.categories.length === 0, carry: (f, out) => { out.categories = f.prev.categories; } },
  // "and gpt-5?" after "gpt-4o vs claude": the question again, of the model named, not of the two sides.
  { name: 'sides-dropped', when: (f) => f.sameQuestion && f.u.models.length > 0 && f.prev.sides.length > 0, carry: (_f, out) => { out.sides = []; } },
  [
    // "what is it for?" after "what is MMLU?": an explanation asked after an explanation; the figure the
    // last question's words read as (a benchmark, a context window) was never asked, so none carries.
    { name: 'no-figure-explained', when: (f) => !f.u.attribute && !f.sameQuestion && EXPLAINING.has(f.prev.intent) && EXPLAINING.has(f.u.intent), carry: () => {} },
    // "and claude's?" after a context window: the same figure. "which of them is open source?" asks its
    // own thing of them, and "what modes does it have?" after a release date names its own thing asked.
    {
      name: 'figure-kept',
      when: (f) => {
        const { u, prev, pronoun, sameQuestion } = f;
        return !u.attribute && prev.attribute !== undefined && (pronoun || sameQuestion) && (sameQuestion || u.concepts.length === 0) && !(pronoun && !sameQuestion && ASKED_NOUN.test(u.text));
      },
      carry: (f, out) => {
        out.attribute = f.prev.attribute;
      },
    },
  ],
  // "which model tops it?" after "what is LMArena?": the models are ranked on the benchmark pointed at.
  { name: 'ranked-on-benchmark', when: (f, out) => out.intent === 'ranking' && !out.attribute && f.pronoun && f.u.concepts.length === 0 && out.concepts.some((c) => c.kind === 'benchmark'), carry: (_f, out) => { out.attribute = 'benchmark'; } },
  // "is that open source tho" after "tell me about llama 4": the yes/no is asked of the model's own entry.
  { name: 'pointed-attribute', when: (f, out) => !out.attribute && modelAttribute(out, f.u) !== undefined, carry: (f, out) => { out.attribute = modelAttribute(out, f.u)!; } },
  WEIGH_BACK,
  // "any cheaper alternative?", "how does it compare to the runner-up?" after a pick: another model than the pick.
  { name: 'alternative', when: (f) => f.alternative !== undefined, carry: (f, out) => { Object.assign(out, withAlternative(out, f.alternative!)); } },
];

/** A kind (not a model) the last answer picked for a situation, now the subject of an aspect asked of it. */
function pickedKind(f: FollowUpFacts, out: Understanding): boolean {
  const { u, prev, previous } = f;
  const picked = previous.concepts.filter((c) => !prev.concepts.includes(c));
  // Not the reason for the pick ("why?") nor a figure: those still hang on the situation's words.
  return ['how', 'uses', 'limitations', 'definition'].includes(u.intent) && !u.attribute && prev.intent === 'recommendation' && prev.target !== undefined && prev.target !== 'model' && !f.sameQuestion && u.concepts.length === 0 && u.models.length === 0 && picked.length > 0 && out.concepts.length > 0 && out.concepts.every((c) => picked.includes(c));
}

/** The catalog entry a name spells, by its name or an alias (case and spacing aside). */
function catalogEntryNamed(catalog: FollowUpFacts['catalog'], name: string) {
  const key = (n: string) => n.toLowerCase().replace(/[\s-]+/g, ' ').trim();
  return catalog.find((m) => [m.name, ...m.aliases].some((n) => key(n) === key(name)));
}

/** The names the last answer gave, or else its question did. */
const namesBefore = (f: FollowUpFacts) => (f.previous.names.length > 0 ? f.previous.names : f.prev.names);

/**
 * Search terms: the follow-up's own, and the last turn's at half weight. After a way of working was
 * weighed ("should we fine-tune Llama…?" then "how long does that take?"), the way is the subject:
 * its words search at their own weight, as if asked again, and the model's name it would be done to
 * searches for nothing of the way's.
 */
function carriedTerms(f: FollowUpFacts): Understanding['terms'] {
  const { u, prev } = f;
  if (!f.planFigure) return mergeTerms(u.terms, prev.terms);
  const modelWords = new Set(prev.models.flatMap((m) => nameTokens(m.name)));
  return mergeTerms(prev.terms, u.terms)
    .filter((t) => !modelWords.has(t.term))
    .map((t) => ({ ...t, weight: Math.max(t.weight, u.terms.find((x) => x.term === t.term)?.weight ?? 0) }));
}

/** The follow-up with what it leaves out taken from the last turn. */
export function carryOver(f: FollowUpFacts): Understanding {
  const out: Understanding = { ...f.u, followUp: true, previous: f.prev };
  // No rule reads the terms; the subject rule reweighs them (see carry-subject.ts).
  out.terms = carriedTerms(f);
  for (const step of CARRY) [step].flat().find((rule) => rule.when(f, out))?.carry(f, out);
  return out;
}
