/**
 * "What is ControlNet, in the context of image diffusion models?": the phrase after "in the context
 * of" names the field the question sits in, not its subject. When the rest of the question names a
 * subject of its own, what only the field phrase names is no subject (its words are still searched).
 */

/** "in the context of X", "within the context of X", up to the clause's end. */
const FIELD = /\b(?:in|within) (?:the )?context of\b[^,.;!?]*/gi;

/** The question without its field phrases, or the question as it is when it has none. */
export function withoutField(text: string): string {
  const rest = text.replace(FIELD, ' ').replace(/\s+([,.?!;])/g, '$1').replace(/[,;]+\s*(?=[.?!]|$)/g, '').replace(/\s{2,}/g, ' ').trim();
  return rest === text || rest.split(' ').length < 2 ? text : rest;
}
