/**
 * "What kind of model is a world model based on?", "which type of model is it a fine-tune of?": the
 * kind asked for is the one the subject after the copula belongs to or derives from, which its
 * definition states; not a kind to pick for a need ("what kind of model is best for…").
 */
import type { Linked } from './entities.js';

const KIND_OF_SUBJECT = /^\W*(?:(?:so|and|ok(?:ay)?|but)[,\s]+)?(?:what|which)\s+(?:kind|type|sort|class|family)\s+of\s+(?:[\w-]+\s+)?(?:models?|networks?|architectures?)\s+(?:is|are|was|were)\s+(?!(?:a|an|the)\s+(?:good|great|better|best|right|ideal|sensible|solid|safe)\b)(?!(?:best|better|good|right|ideal|needed|required|suited|recommended|useful|most|fit|fitting|used|meant|made|built)\b)(.+)$/i;

/** A pronoun opening the subject: "…is it a fine-tune of?". */
const POINTER = /^(?:it|they|that|this|these|those|that one|this one)\b/i;

const subjectOf = (text: string) => KIND_OF_SUBJECT.exec(text.trim())?.[1];

/** Whether the question asks what kind its subject (named, or pointed back at) is, or is made from. */
export function asksKindOfSubject(text: string, linked: Pick<Linked, 'concepts' | 'models'>): boolean {
  const subject = subjectOf(text);
  if (!subject) return false;
  return POINTER.test(subject) || linked.concepts.length + linked.models.length > 0;
}

/** "Which kind of model is it a fine-tune of?": the subject asked about is a pronoun, pointing back at the last turn's. */
export function asksKindOfPointer(text: string): boolean {
  return POINTER.test(subjectOf(text) ?? '');
}
