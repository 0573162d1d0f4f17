/**
 * The intent from the classifier's reading: the wording classified with entities as placeholders and
 * as written, then small talk kept only for messages that are nothing else.
 */
import { greetingInsideRequest } from '../out-of-scope.js';
import type { WeightedTerm } from '../../../knowledge/search/search-index.js';
import { fold, stem, words } from '../../../knowledge/search/text.js';
import { FRAMING } from '../entities.js';
import { questionClause } from '../question-clause.js';
import { WEAK_TERMS } from '../terms.js';
import type { Classifier } from './classifier.js';
import { INTENT_EXAMPLES, type Intent } from './examples.js';

/** The intent decided, how sure, and the close second reading when there is one. */
export interface Decided {
  intent: Intent;
  confidence: number;
  runnerUp?: { intent: Intent; p: number };
}

export const SOCIAL: ReadonlySet<Intent> = new Set(['greeting', 'thanks', 'help']);

/** Words a greeting or a thanks is made of. */
const SOCIAL_WORDS = /\b(?:hi|hello|hey|hiya|yo|howdy|hola|morning|afternoon|evening|gm|sup|thanks|thank|thx|ty|cheers|appreciated?|great|awesome|perfect|nice|cool|brilliant|bye|goodbye|how are you|how's it going)\b/i;

/** Words of the greetings and thanks the classifier learns from ("cheers", "helped"): chat, not a topic the knowledge lacks. */
const SOCIAL_VOCABULARY = new Set([...INTENT_EXAMPLES.greeting, ...INTENT_EXAMPLES.thanks].flatMap((e) => words(fold(e), false).map(stem)));

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
function decideIntent(ranked: ReturnType<Classifier<Intent>['classify']>, text: string, hasTopic: boolean, unknown: readonly string[], topicWords = 0): Decided {
  const count = text.split(/\s+/).filter(Boolean).length;
  const unknownWords = unknown.filter((w) => !SOCIAL_VOCABULARY.has(stem(w))).length;
  const social = (i: Intent) => {
    if (!SOCIAL.has(i) || hasTopic || count > 7) return false;
    // "Translate hello into French": a greeting word inside a request to do something is its object.
    if (i === 'greeting' && greetingInsideRequest(text)) return false;
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
export function classify<L extends string>(classifier: Classifier<L>, withPlaceholders: string, asWritten: string, whole?: { withPlaceholders: string; asWritten: string }) {
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

/**
 * The intent of a message: its asking clause classified (with the whole message), the framing taken
 * out. The framing says how to answer, not what is asked: "what is a token, for a non-technical boss"
 * is a definition, whoever will read it. A pick for someone ("which model is best for a beginner?")
 * keeps its reader as a constraint.
 */
export function readIntent(classifier: Classifier<Intent>, text: string, placeholderText: string, topic: { hasTopic: boolean; unknown: readonly string[]; terms: readonly WeightedTerm[] }): Decided {
  const explaining = /^(?:what|whats|what's|explain|define|describe|how|tell me|eli5)\b/i.test(text);
  const unframed = (s: string) => !explaining ? s : s.replace(FRAMING, ' ').replace(/\s+([,.?!])/g, '$1').replace(/\s{2,}/g, ' ').replace(/[\s,]+$/, '').trim() || s;
  const plainPlaced = unframed(placeholderText);
  return decideIntent(classify(classifier, questionClause(plainPlaced), questionClause(unframed(text)), { withPlaceholders: plainPlaced, asWritten: unframed(text) }), text, topic.hasTopic, topic.unknown, topicWords(topic.terms));
}
