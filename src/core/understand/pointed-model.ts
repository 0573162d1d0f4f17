/**
 * "is that open source tho", "does this run locally" after a turn about one model: "that" or "this"
 * right after the opening verb is the question's subject, the model the last turn was about, so the
 * model's own catalog fact is asked (its access, its strengths), not the concept the words name.
 */
import type { Attribute, Understanding } from './types.js';
import { detectAttribute } from './attributes.js';

/** "is that…", "does this…", "can that one…": a demonstrative as the subject of the opening verb. */
const POINTER_SUBJECT = /^(?:(?:so|and|but|ok(?:ay)?|wait|hmm+)[,\s]+)*(?:is|are|was|does|do|did|can|could|would|will|has|have)\s+(?:that|this)(?:\s+(?:one|model|thing))?\b(?!\s+(?:a|an|the|mean|means|true|right|correct|normal|ok(?:ay)?|possible)\b)/i;

/** "is it open source?", "does it run locally?": "it" as the subject of the opening verb points at the model as well. */
const IT_SUBJECT = /^(?:(?:so|and|but|ok(?:ay)?|wait|hmm+)[,\s]+)*(?:is|was|does|did|can|could|would|will|has)\s+it\b(?!\s+(?:mean|means|true|right|correct|normal|ok(?:ay)?|possible|worth)\b)/i;

export function pointsAtSubject(text: string): boolean {
  return POINTER_SUBJECT.test(text);
}

/** The attribute the follow-up asks of the one model it now points at (read as of a model, not of a concept). */
export function modelAttribute(out: Understanding, u: Understanding): Attribute | undefined {
  if (out.attribute || u.models.length > 0 || out.models.length !== 1 || !(pointsAtSubject(u.text) || IT_SUBJECT.test(u.text))) return out.attribute;
  return detectAttribute(u.text, 'model');
}
