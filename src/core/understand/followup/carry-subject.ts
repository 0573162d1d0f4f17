/**
 * What a follow-up is about when it names nothing of its own: the models the last answer named (all
 * of them, or the first), and the concepts its question was about. Each table is a group: only the
 * first rule that holds applies.
 */
import type { Concept } from '../../lexicon/concepts.js';
import type { CarryRule } from './carry.js';
import { PICK_AMONG, PLURAL, pointedKind, WHICH_BARE } from './cues.js';
import { pointsAtSubject } from '../pointed-model.js';
import { asksKindOfPointer } from '../kind-of-subject.js';
import type { FollowUpFacts } from './facts.js';

/** "which of them", "which ones", "among those", "of these": a pick or filter among what the last answer named. */
const WHICH_OF = /\bwhich (?:of (?:them|those|these)|ones?)\b|\bamong (?:them|those|these)\b|\bof (?:those|these|them)\b/i;
/** A pronoun near the start, where the question's subject goes: "are they…", "what are they used for…" ("is that…" too, see pointsAtSubject). */
const SUBJECT_PRONOUN = /^(?:\S+\s+){0,3}?(?:it|its|they|them|their|those|these)\b/i;
/** Aspects a model has of its own (its limits, what it is good at), asked of the one an answer picked. */
const PICK_ASPECTS: ReadonlySet<string> = new Set(['limitations', 'tradeoffs', 'uses']);
/** Intents that explain an aspect of their subject rather than pick, rank, compare or judge. */
const EXPLAINING: ReadonlySet<string> = new Set(['limitations', 'uses', 'definition', 'why', 'how', 'examples']);
/** Intents that ask what a kind of thing is, does or risks. */
const KIND_QUESTION: ReadonlySet<string> = new Set(['why', 'limitations', 'uses', 'how', 'definition', 'examples']);

/**
 * "why are people nervous about them?" after "are agentic LLMs worth a look?": a plural pronoun
 * points at the kind asked about, not at the one model the answer happened to pick; so does one
 * asking what the kind does or risks ("what are they used for?") after models were listed.
 */
function pluralKind(f: FollowUpFacts): boolean {
  const { u, prev } = f;
  return PLURAL.test(u.text) && !PICK_AMONG.test(u.text) && (f.answerModels.length <= 1 || KIND_QUESTION.has(u.intent)) && prev.models.length === 0 && prev.concepts.length > 0;
}

/** Which models the follow-up is about: the first rule that holds decides. */
export const MODELS_CARRIED: readonly CarryRule[] = [
  // "who makes the one with the best prompt fidelity" (see the-one): the plan picks among them.
  { name: 'plan-picks', when: (_f, out) => Boolean(out.selectFrom), carry: () => {} },
  // "which of those are open source?" filters what the last answer named (a concept such as "open
  // source" may name the property); "which of them is best at X" ranks it.
  {
    name: 'which-of-them',
    when: (f) => (WHICH_OF.test(f.u.text) || (WHICH_BARE.test(f.rest) && !f.hasEntity && f.u.categories.length === 0)) && f.answerModels.length > 1,
    carry: (f, out) => {
      const { u } = f;
      out.models = f.answerModels;
      if (u.models.length === 0) out.modelsFromAnswer = true;
      if (u.superlative) out.intent = 'ranking';
      else if (u.models.length === 0 && (u.constraints.openWeights || u.categories.length > 0 || u.constraints.frontier)) out.intent = 'list';
    },
  },
  // "and the cheapest one?" after a list: the superlative ranks what the last answer named.
  {
    name: 'superlative-among',
    when: (f) => f.u.superlative !== undefined && f.answerModels.length > 1 && !f.hasEntity && f.u.categories.length === 0 && (f.pronoun || f.elliptical || /\bones?\b/i.test(f.u.text)),
    carry: (f, out) => {
      out.models = f.answerModels;
      out.modelsFromAnswer = true;
      out.intent = 'ranking';
    },
  },
  // "and how long does that take?" after "should we fine-tune Llama…?": the time or cost of the way
  // the last answer weighed, not a figure of the model it would be done to.
  {
    name: 'plan-figure',
    when: (f) => f.planFigure,
    carry: (_f, out) => {
      out.models = [];
      out.names = [];
    },
  },
  // "who's behind it?", "based on what benchmark": about what the last answer named first.
  {
    name: 'model-kept',
    when: (f) => f.u.models.length === 0 && (f.pronoun || !f.hasEntity) && !pluralKind(f) && !f.ownRanking,
    carry: (f, out) => {
      out.models = f.previous.models.length > 0 ? [f.previous.models[0]!] : f.prev.models;
    },
  },
];

/** Whether a concept is the other's kind, or its kind's kind. */
function isKindOf(kind: Concept, c: Concept): boolean {
  for (let b = c.broader; b; b = b.broader) if (b === kind) return true;
  return false;
}

/**
 * "what does that benchmark measure?" after "which model leads on SWE-bench Verified?": the kind named
 * with a demonstrative is the one of that kind the last turn was about, each kind replaced by it.
 */
function pointedConcepts(f: FollowUpFacts): Concept[] | undefined {
  const { u, subjectConcepts } = f;
  let swapped = false;
  const concepts = u.concepts.flatMap((kind) => {
    const meant = pointedKind(u.text, kind) ? subjectConcepts.filter((c) => isKindOf(kind, c)) : [];
    if (meant.length !== 1) return [kind];
    swapped = true;
    return meant;
  });
  return swapped ? concepts : undefined;
}

/** Which concepts the follow-up is about: the first rule that holds decides. */
export const SUBJECT_CARRIED: readonly CarryRule[] = [
  // "what does that benchmark measure?" after a turn about SWE-bench Verified: that benchmark is it.
  {
    name: 'pointed-kind',
    when: (f) => pointedConcepts(f) !== undefined,
    carry: (f, out) => {
      out.concepts = pointedConcepts(f)!;
    },
  },
  // "whats the catch?", "what's it good at?" after a pick: the aspect is asked of the model the
  // answer named; the last question's concepts were its situation, not the thing now asked about.
  // Only a model picked as such: after a kind was picked ("which architecture…?"), its example models are not the subject.
  {
    name: 'aspect-of-pick',
    when: (f, out) => {
      const { u, prev } = f;
      const modelPicked = prev.intent !== 'recommendation' || prev.target === 'model';
      return modelPicked && !f.sameQuestion && u.concepts.length === 0 && u.models.length === 0 && out.models.length === 1 && out.models[0] === f.previous.models[0] && u.aspect !== undefined && PICK_ASPECTS.has(u.aspect) && EXPLAINING.has(u.intent);
    },
    carry: (_f, out) => {
      out.concepts = [];
    },
  },
  // "Why that one?", "why not FLUX.1 instead?": the reason for the pick, not the situation's advice.
  {
    name: 'reason-for-pick',
    when: (f, out) => f.pickedModel !== undefined && f.u.intent === 'why' && f.u.concepts.length === 0 && (f.instead || (f.u.models.length === 0 && out.models[0] === f.pickedModel)),
    carry: (_f, out) => {
      out.concepts = [];
    },
  },
  // "how does it work?" after "what is RAG": the concepts of the last turn.
  { name: 'subject-kept', when: (f) => f.u.concepts.length === 0 && f.u.models.length === 0 && (f.pronoun || !f.hasEntity || f.sameQuestion), carry: (f, out) => { out.concepts = f.subjectConcepts; } },
  // "what are they used for in real products?", "are they usually open source?", "which kind of model
  // is it a fine-tune of?": the pronoun is the subject; a noun the follow-up brings ("products", "open
  // source", "fine-tune") is what is asked of it.
  {
    name: 'subject-pronoun',
    when: (f, out) => f.u.models.length === 0 && out.models.length === 0 && !out.selectFrom && (SUBJECT_PRONOUN.test(f.rest) || pointsAtSubject(f.u.text) || asksKindOfPointer(f.u.text)),
    carry: (f, out) => {
      const { u, subjectConcepts } = f;
      out.concepts = [...subjectConcepts.filter((c) => !u.concepts.includes(c)), ...u.concepts];
      const keptSubject = subjectConcepts.some((c) => !u.concepts.includes(c));
      if (keptSubject && u.intent !== 'yesno') out.terms = subjectWeighted(f, out.terms);
    },
  },
];

/**
 * The pronoun's antecedent stays the subject: its words keep their weight, and the generic noun the
 * follow-up brings ("products") searches as a term of it, not as a subject that outweighs it. A
 * yes/no ("are they usually open source?") is the exception: its noun is what must be verified.
 */
function subjectWeighted(f: FollowUpFacts, terms: FollowUpFacts['u']['terms']): FollowUpFacts['u']['terms'] {
  const { u, prev } = f;
  const subjectWords = new Set(f.subjectConcepts.filter((c) => !u.concepts.includes(c)).flatMap((c) => c.names.slice(0, 3).flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/))));
  const prevWeight = new Map(prev.terms.map((t) => [t.term, t.weight]));
  const ofSubject = (t: string) => [...subjectWords].some((w) => w.length > 2 && (w.startsWith(t.replace(/^~/, '')) || t.replace(/^~/, '').startsWith(w)));
  const asked = new Set(u.concepts.flatMap((c) => c.names.slice(0, 3).flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/))));
  const own = (t: string) => !ofSubject(t) && [...asked].some((w) => w.length > 2 && (w.startsWith(t) || t.startsWith(w)));
  return terms.map((t) => (ofSubject(t.term) && prevWeight.has(t.term) ? { ...t, weight: Math.max(t.weight, prevWeight.get(t.term)!) } : own(t.term) ? { ...t, weight: Math.min(t.weight, 0.5) } : t));
}
