/**
 * Sentences about a source rather than a subject: "LoRA is one of the methods the PicassoIA explainer
 * names", "for speed, the guide recommends…", "…the third kind of audio model in the explainer".
 * After an answer that speaks of the thing asked, such a sentence tells the asker who said it, not
 * more about the thing.
 */

/** The words an article is called by, after "the"/"this" and up to three words of its name. */
const ARTICLE = String.raw`\b(?:the|this|that|our)\s+(?:[\w'"“”.-]+\s+){0,3}?(?:explainer|guide|article|overview|write-?up|blog post)\b`;
/** Verbs an article is the subject of when it is quoted: "names", "recommends", "lists", "describes". */
const REPORTS = String.raw`(?:also\s+)?(?:names?|lists?|recommends?|suggests?|says?|calls?|describes?|counts?|covers?|notes?|mentions?|cites?|ranks?|treats?|urges?|advises?|points? out|argues?|claims?|singles? out|highlights?)\b`;
/**
 * The article as the one speaking ("the Space-O guide names…", "which the explainer recommends"), or
 * as where a thing is found, ending its clause ("…of audio model in the PicassoIA explainer.");
 * "the guide's pricing table" is a figure's place and says what the figure is, so it is not one.
 */
const CITES = new RegExp(`${ARTICLE}(?:,\\s+which)?\\s+${REPORTS}|\\b(?:in|from|according to)\\s+${ARTICLE.slice(2)}(?=\\s*(?:[.,;:]|$))`, 'i');

/** True when a sentence speaks of what a source says rather than of the subject itself. */
export function citesSource(text: string): boolean {
  return CITES.test(text);
}
