/**
 * What a follow-up's wording and the previous turn say, read once: the cues that make the turn a
 * follow-up and the slots it leaves out for the last turn to fill.
 */
import type { CatalogEntry } from '../../../knowledge/types.js';
import type { Concept } from '../../lexicon/concepts.js';
import { alternativeAsked } from '../alternative.js';
import { POINTER } from '../sides.js';
import type { AlternativeAsk, Understanding } from '../types.js';
import type { Turn } from '../understand.js';
import { CONNECTOR, EXPLETIVE_IT, FRAME, INSTEAD, POINTER_WEIGHED, pointedKind, PRONOUN, WHICH_BARE } from './cues.js';
import { familyMember } from './family.js';
import { familyAsked } from '../family-asked.js';
import { pointsAtSubject } from '../pointed-model.js';

export interface FollowUpFacts {
  /** The follow-up as read on its own. */
  asked: Understanding;
  /** The same, with the family member a fragment names ("and haiku?") as its model and the last question's intent. */
  u: Understanding;
  previous: Turn;
  prev: Understanding;
  catalog: readonly CatalogEntry[];
  /** The wording after its connectors ("and what about X?" gives "X?"). */
  rest: string;
  /** Points back: "it", "they", "that one", "which of them". */
  pronoun: boolean;
  /** Opens with a connector: "and…", "what about…", "same question for…". */
  connector: boolean;
  /** Names a concept, a model or an article of its own. */
  hasEntity: boolean;
  /** Words of more than two letters after the connectors. */
  contentWords: number;
  /** Short and naming nothing at all: "why?", "any examples?". */
  elliptical: boolean;
  /** A short question for a figure of nothing named, after a turn about a model: "when was it out?". */
  attributeQuestion: boolean;
  /** "which is best at…" with nothing named, after an answer that listed models. */
  pickFromList: boolean;
  /** "how is that different from a VAE?": a side that only points back. */
  pointerSide: boolean;
  /** "what does that benchmark measure?": a kind named after a demonstrative, pointing at the one of it the last turn named. */
  kindPointer: boolean;
  /** The model the last answer picked for a situation (not one its question named): "that one" is it. */
  pickedModel: CatalogEntry | undefined;
  /** "why not FLUX.1 instead?": another model weighed against the pick. */
  instead: boolean;
  /** "any cheaper alternative?": another model than the pick, and what it must be. */
  alternative: AlternativeAsk | 'runner-up' | undefined;
  /** Its own superlative over a figure of its own: "and the cheapest model for output tokens?". */
  ownRanking: boolean;
  /** Asks the previous question again of something else: "and Gemini 2.5 Pro?", "and for video?". */
  sameQuestion: boolean;
  /** The models the last answer named, or else its question did. */
  answerModels: CatalogEntry[];
  /** The concepts the last answer was about, or else its question was. */
  subjectConcepts: Concept[];
  /** A time or cost asked of the way of working weighed last ("should we fine-tune Llama…?" then "how long does that take?"). */
  planFigure: boolean;
}

const SOCIAL = ['greeting', 'thanks', 'help'];

/** "what is a context window?", "what's an instruct model": a thing defined in general, not a figure of the model before. */
const DEFINES_A = /^(?:so\s+|and\s+|ok(?:ay)?,?\s+)?(?:what(?:'?s|\s+is|\s+are)|define|explain)\s+an?\s+\w/i;

/** "what about a bot that…", "and for an internal tool?": a connector, then a new case with an indefinite article. */
const NEW_CASE = /^(?:(?:and|so|ok(?:ay)?|but)[,\s]+)?(?:(?:what|how) about|and)\s+(?:for\s+|with\s+)?(?:an?|another|some)\s+\w+/i;

/** An item's opening, with any bold marks taken off: "**Claude 4.5 Sonnet** (Anthropic…)" → "claude 4.5 sonnet (anthropic…)". */
const opening = (text: string) => text.replace(/\*\*/g, '').trim().toLowerCase();

/**
 * The models a list answer gave as its items ("Claude 4.5 Sonnet (Anthropic, proprietary): …"), when
 * every item opens with a catalog model's name: "which of them are open?" picks among those.
 */
function listedModels(previous: Turn, catalog: readonly CatalogEntry[]): CatalogEntry[] | undefined {
  const items = previous.items ?? [];
  if (items.length < 2) return undefined;
  const named = items.map((item) => {
    const text = opening(item.text);
    // The longest name the item opens with, whole ("Claude 4.5 Sonnet (…" is not "Claude 4").
    const opens = (n: string) => (text.startsWith(n.toLowerCase()) && /^(?:$|[\s(:,;])/.test(text.slice(n.length)) ? n.length : 0);
    const longest = (m: CatalogEntry) => Math.max(...[m.name, ...m.aliases].map(opens));
    return catalog.filter((m) => longest(m) > 0).sort((a, b) => longest(b) - longest(a))[0];
  });
  return named.every((m) => m !== undefined) ? [...new Set(named as CatalogEntry[])] : undefined;
}

/** Reads a follow-up's cues against the previous turn. */
export function readFollowUp(asked: Understanding, previous: Turn, catalog: readonly CatalogEntry[]): FollowUpFacts {
  const prev = previous.understanding;
  let u = asked;
  if (u.models.length === 0) {
    const member = familyMember(u, previous.models[0] ?? prev.models[0], catalog);
    if (member) u = { ...u, models: [member], intent: prev.intent };
    // "and gemini?" after a figure: a family with no entry of its own is asked of its members.
    const family = member || u.models.length > 0 || FRAME.test(u.text.replace(CONNECTOR, '').trim()) ? [] : familyAsked(u.text, prev.attribute, catalog);
    if (family.length > 0 && prev.attribute) u = { ...u, models: family, intent: prev.intent, attribute: u.attribute ?? prev.attribute };
  }
  // "and what about X?": connectors stack.
  const rest = u.text.replace(CONNECTOR, '').trim().replace(CONNECTOR, '').trim();
  const pronoun = PRONOUN.test(u.text.replace(EXPLETIVE_IT, '')) || pointsAtSubject(u.text);
  const connector = CONNECTOR.test(u.text);
  const hasEntity = u.concepts.length + u.models.length + u.articles.length > 0;
  const contentWords = rest.split(/\s+/).filter((w) => w.length > 2).length;
  const fragment = !FRAME.test(rest) && contentWords <= 5;
  const elliptical = !hasEntity && u.categories.length === 0 && u.unknownNames.length === 0 && contentWords <= 6;
  const pickedModel = ['recommendation', 'ranking'].includes(prev.intent) && (prev.target === undefined || prev.target === 'model') && prev.models.length === 0 ? previous.models[0] : undefined;
  // A fragment ("and Gemini 2.5 Pro?", "and for video?") asks the previous question of something else;
  // one with its own clear intent ("any examples?") asks that of the same subject.
  // "what about a bot that must never get facts wrong?" puts a new case to the same question, however its words classify.
  const ownIntent = u.confidence >= 0.6 && !hasEntity && u.categories.length === 0 && !['definition', 'fact'].includes(u.intent) && !NEW_CASE.test(u.text);
  // "and the cheapest model for output tokens?" after a context window: its own superlative over a
  // figure of its own is a question of its own, not the last one asked again.
  const ownRanking = u.superlative !== undefined && u.attribute !== undefined && u.attribute !== 'figure' && u.attribute !== prev.attribute && u.models.length === 0;
  return {
    asked,
    u,
    previous,
    prev,
    catalog,
    rest,
    pronoun,
    connector,
    hasEntity,
    contentWords,
    elliptical,
    attributeQuestion: u.models.length === 0 && !DEFINES_A.test(u.text) && u.attribute !== undefined && u.attribute !== 'figure' && contentWords <= 4 && (previous.models.length > 0 || prev.models.length > 0 || previous.names.length > 0),
    pickFromList: WHICH_BARE.test(rest) && !hasEntity && u.categories.length === 0 && previous.models.length > 1,
    kindPointer: u.concepts.some((c) => pointedKind(u.text, c)),
    pointerSide: u.sides.some((s) => !s.model && !s.concept && POINTER.test(s.text)) || POINTER_WEIGHED.test(u.text),
    pickedModel,
    instead: pickedModel !== undefined && u.models.length === 1 && u.models[0] !== pickedModel && INSTEAD.test(u.text),
    alternative: pickedModel ? alternativeAsked(u, catalog) : undefined,
    ownRanking,
    sameQuestion: !ownIntent && !ownRanking && (fragment || (connector && !FRAME.test(rest))),
    answerModels: previous.models.length > 0 ? [...previous.models] : listedModels(previous, catalog) ?? prev.models,
    subjectConcepts: previous.concepts.length > 0 ? [...previous.concepts] : prev.concepts,
    // A way of working weighed last ("should we fine-tune Llama…?"): a time or cost asked next is the way's.
    // So is a time or cost of a way the follow-up names itself, done to the model pointed back at ("how long does it take to fine-tune it?").
    planFigure:
      u.models.length === 0 &&
      (u.attribute === 'figure' || u.attribute === 'pricing') &&
      ((prev.intent === 'recommendation' && prev.target === 'approach' && (pronoun || elliptical)) || (pronoun && u.concepts.some((c) => c.kind === 'technique'))),
  };
}

/** Whether a turn is small talk: a greeting, thanks, a call for help. */
export const isSocial = (u: Understanding) => SOCIAL.includes(u.intent);
