/**
 * A follow-up that weighs what the last turn was about: "how is that different from a VAE?" after
 * "what is a GAN" sets the GAN against the VAE; "is it better than Midjourney?" sets the model just
 * discussed against the one named now; "how do they compare on price?" after two models weighs both.
 * Only the first of these rules that holds applies.
 */
import { POINTER } from '../sides.js';
import type { Side } from '../types.js';
import type { CarryRule } from './carry.js';
import { PLURAL } from './cues.js';
import type { FollowUpFacts } from './facts.js';

/** Wording that weighs two things: "how do they compare", "how is that different from…", "is it better than…". */
const WEIGHS = /\b(?:compare[sd]?|comparison|differ\w*|difference|vs\.?|versus|stack up|side by side|(?:better|worse|cheaper|faster|slower|bigger|larger|smaller|stronger|weaker|more \w+|less \w+) than)\b/i;
/** A single thing pointed back at: "it", "that", "this one". */
const SINGULAR = /\b(?:it|its|it's|that|this|this one|that one|that model|this model)\b/i;

/** The one thing the last turn was about: its one model, or else its one concept. */
function before(f: FollowUpFacts): Side | undefined {
  const { answerModels: models, subjectConcepts: concepts } = f;
  return models.length === 1 ? { text: models[0]!.name, model: models[0]! } : concepts.length === 1 ? { text: concepts[0]!.name, concept: concepts[0]! } : undefined;
}

/** The side that only points back ("that", "it"), when it stands against another thing than the last turn's. */
function pointerSide(f: FollowUpFacts): number {
  const b = before(f);
  const { sides } = f.u;
  const pointer = sides.findIndex((s) => !s.model && !s.concept && POINTER.test(s.text));
  if (!b || pointer < 0 || sides.length !== 2) return -1;
  const other = sides[1 - pointer]!;
  return other.model !== b.model || other.concept !== b.concept ? pointer : -1;
}

export const WEIGH_BACK: readonly CarryRule[] = [
  // "how is that different from a VAE?" after "what is a GAN": the side "that" is the GAN.
  {
    name: 'weigh-pointer',
    when: (f) => WEIGHS.test(f.u.text) && pointerSide(f) >= 0,
    carry: (f, out) => {
      const { u } = f;
      const b = before(f)!;
      const pointer = pointerSide(f);
      const other = u.sides[1 - pointer]!;
      out.sides = pointer === 0 ? [b, other] : [other, b];
      out.intent = 'comparison';
      if (b.model) out.models = [b.model, ...u.models.filter((m) => m !== b.model)];
      if (b.concept) out.concepts = [b.concept, ...u.concepts.filter((c) => c !== b.concept)];
    },
  },
  // "is it better than Midjourney?" after a turn about one model: that model against the one named now.
  {
    name: 'weigh-model',
    when: (f) => {
      const b = before(f);
      return WEIGHS.test(f.u.text) && b?.model !== undefined && f.u.models.length === 1 && f.u.models[0] !== b.model && SINGULAR.test(f.u.text);
    },
    carry: (f, out) => {
      out.models = [before(f)!.model!, f.u.models[0]!];
      out.sides = out.models.map((m) => ({ text: m.name, model: m }));
      out.intent = 'comparison';
    },
  },
  // "is that better than a VAE?" after a turn about one concept: that concept against the one named now.
  {
    name: 'weigh-concept',
    when: (f) => {
      const b = before(f);
      const { u } = f;
      return WEIGHS.test(u.text) && b?.concept !== undefined && u.models.length === 0 && u.concepts.length === 1 && u.concepts[0] !== b.concept && SINGULAR.test(u.text);
    },
    carry: (f, out) => {
      const b = before(f)!;
      out.sides = [b, { text: f.u.concepts[0]!.name, concept: f.u.concepts[0]! }];
      out.concepts = [b.concept!, f.u.concepts[0]!];
      out.intent = 'comparison';
    },
  },
  // "how do they compare on price?" after a turn about two models: both of them.
  {
    name: 'weigh-both',
    when: (f) => WEIGHS.test(f.u.text) && f.u.models.length === 0 && f.prev.models.length >= 2 && f.answerModels.length >= 2 && PLURAL.test(f.u.text),
    carry: (f, out) => {
      out.models = [...f.answerModels];
      out.sides = out.models.map((m) => ({ text: m.name, model: m }));
      out.intent = 'comparison';
    },
  },
];
