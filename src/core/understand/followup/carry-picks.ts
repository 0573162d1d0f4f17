/**
 * Follow-ups that pick something the last turn offered: the model a recommendation picked, another
 * member of its family, one of the models or kinds or items an answer listed.
 */
import type { ConceptKind } from '../../../knowledge/types.js';
import type { Concept } from '../../lexicon/concepts.js';
import type { Target } from '../types.js';
import type { CarryRule } from './carry.js';
import { SIBLING, WHICH_BARE } from './cues.js';
import type { FollowUpFacts } from './facts.js';
import { relatives } from './family.js';

/** Figures a catalog entry records of a model, asked of the one an answer picked. */
const PICK_FIGURES: ReadonlySet<string> = new Set(['pricing', 'context_window', 'released', 'developer', 'parameters', 'benchmark']);
/** "which one's cheaper", "which is faster": a comparative that picks one of two. */
const COMPARE_PICK = /\bwhich(?: one)?(?:'?s|\s+is|\s+ones?|\s+one is)?\s+(?:\w+er|more \w+|less \w+)\b/i;
/** "who makes the one with the best prompt fidelity": one of the models just named, by what it has. */
const THE_ONE = /\bthe (?:one|model|tool)s? (?:with|that|which|who)\b/i;
/** "which of those stages…", "which one is for images?", "which is about cost?": one item of what the last answer listed. */
const PICK_ONE = /\bwhich (?:of (?:them|those|these)|ones?)\b|\bamong (?:them|those|these)\b|\bone of (?:those|these|them)\b|^which (?:is|one)\b/i;

const KIND_TARGET: Partial<Record<ConceptKind, Target>> = { 'model-type': 'model-type', 'size-class': 'size-class', deployment: 'deployment', setting: 'setting', benchmark: 'benchmark', metric: 'benchmark', technique: 'approach' };

/** What kind of thing a list of a concept's kinds holds: the kind its narrower concepts share. */
function kindListed(concepts: readonly Concept[]): Target | undefined {
  for (const c of concepts) {
    const kinds = new Set(c.narrower.map((n) => n.kind).filter((k): k is ConceptKind => k !== undefined));
    if (kinds.size === 1) return KIND_TARGET[[...kinds][0]!];
  }
  return undefined;
}

/** The kind of thing the last answer listed, when "which one" picks among them. */
function listedKind(f: FollowUpFacts): Target | undefined {
  const { prev, u } = f;
  return (prev.intent === 'list' || prev.intent === 'examples') && f.answerModels.length === 0 && u.models.length === 0 && (/\bwhich (?:one|of (?:them|those|these))\b/i.test(u.text) || WHICH_BARE.test(f.rest)) ? kindListed(f.subjectConcepts) : undefined;
}

/** The other members of the family of the model the last turn was about, when the follow-up asks for one. */
function siblings(f: FollowUpFacts) {
  const model = f.previous.models[0] ?? f.prev.models[0];
  return model && f.u.models.length === 0 && f.pronoun && SIBLING.test(f.u.text) ? relatives(model, f.catalog) : [];
}

/** The model the last turn was about. */
const modelBefore = (f: FollowUpFacts) => f.previous.models[0] ?? f.prev.models[0];

/** These rules each apply when they hold, in order. */
export const SUBJECT_PICKED: readonly CarryRule[] = [
  // "what about cost?", "and its context window?" after a pick: the figure of the model picked, not
  // the pick made again with the figure as its reason.
  {
    name: 'figure-of-pick',
    when: (f) => {
      const { u } = f;
      return f.pickedModel !== undefined && f.sameQuestion && !f.hasEntity && u.categories.length === 0 && !u.superlative && u.attribute !== undefined && PICK_FIGURES.has(u.attribute) && f.contentWords <= 4;
    },
    carry: (f, out) => {
      out.intent = 'fact';
      out.models = [f.pickedModel!];
      delete out.superlative;
      delete out.target;
    },
  },
  // "what's the cheap fast sibling of it?": another member of the model's family, picked by the need,
  // named with what it is known for.
  {
    name: 'sibling',
    when: (f) => siblings(f).length > 0,
    carry: (f, out) => {
      out.selectFrom = siblings(f);
      out.models = [];
      out.intent = 'definition';
      out.aspect = 'definition';
      out.confidence = Math.max(out.confidence, 0.6);
      delete out.runnerUp;
      delete out.attribute;
    },
  },
  // "and gpt-5? which one's cheaper?": the new model against the one asked about before.
  {
    name: 'compare-pick',
    when: (f) => {
      const before = modelBefore(f);
      const { u } = f;
      return u.models.length > 0 && before !== undefined && !u.models.includes(before) && COMPARE_PICK.test(u.text) && u.superlative !== undefined;
    },
    carry: (f, out) => {
      out.models = [...f.u.models, modelBefore(f)!];
      out.intent = 'ranking';
    },
  },
  // "who makes the one with the best prompt fidelity": one of the models just named, picked by need.
  {
    name: 'the-one',
    when: (f) => THE_ONE.test(f.u.text) && f.answerModels.length > 1 && f.u.models.length === 0,
    carry: (f, out) => {
      out.selectFrom = f.answerModels;
      out.models = [];
    },
  },
  // "which one for general chat?" after "what size classes are there?": a pick among the kinds just
  // listed (a size class, a model type, a deployment), not a model.
  {
    name: 'listed-kind',
    when: (f) => listedKind(f) !== undefined,
    carry: (f, out) => {
      out.intent = 'recommendation';
      out.target = listedKind(f)!;
      out.concepts = [...f.subjectConcepts, ...f.u.concepts.filter((c) => !f.subjectConcepts.includes(c))];
    },
  },
  // "which of those stages makes it safe?" after a list of stages (not of models): one of its items.
  {
    name: 'among-items',
    when: (f) => {
      const { items } = f.previous;
      return items !== undefined && items.length >= 2 && f.answerModels.length <= 1 && f.u.models.length === 0 && PICK_ONE.test(f.rest) && !f.u.superlative;
    },
    carry: (f, out) => {
      out.among = f.previous.items;
    },
  },
  // "when was it released?" after a turn about a model: a figure of its own, of the model the last
  // answer named (a superlative of its own ranks across models instead).
  {
    name: 'figure-of-answer',
    when: (f) => {
      const { u } = f;
      return u.models.length === 0 && u.articles.length === 0 && u.attribute !== undefined && u.attribute !== 'figure' && f.contentWords <= 4 && !f.ownRanking && f.answerModels.length > 0;
    },
    carry: (f, out) => {
      out.models = [f.answerModels[0]!];
    },
  },
];
