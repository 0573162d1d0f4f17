/**
 * "What's the deal with diffusion models?", "what's up with RAG", "tell me about world models",
 * "what about VAEs?": a frame that asks to hear about a concept. With a concept named and no need,
 * constraint, model or second side, it asks for an explanation, not a pick or a ranking.
 */
import type { Concept } from '../lexicon/concepts.js';
import { noConstraints, readConstraints } from './needs.js';

const TELL_ABOUT = /^\W*(?:(?:so|ok|okay|and|hey)[,\s]+)*(?:what(?:'s|s| is)\s+(?:the\s+(?:deal|story|thing|score)|up)\s+with|tell me (?:a (?:bit|little) )?about|what about|how about)\s+(?:the\s+|these\s+|those\s+)?[^,;?]{2,40}\??\s*$/i;

/** Whether the question only asks to hear about the one concept it names. */
export function asksToHearAbout(text: string, linked: { concepts: readonly Concept[]; models: readonly unknown[] }): boolean {
  return TELL_ABOUT.test(text) && linked.concepts.length === 1 && linked.models.length === 0 && noConstraints(readConstraints(text));
}
