/**
 * Lower-casing the first letter of a phrase carried on inside a sentence ("Other uses: document
 * intelligence…"), without touching a name: "LMArena", "SWE-bench", "MMMU", "GPT-5" keep their
 * capitals, as do names followed by a version ("Gemini 2.5 Pro") or another capitalised word
 * ("Stable Diffusion"), and any of the names given (the catalog's: "Sora").
 */

/** A first word with a capital or digit after its first letter is a name or acronym ("LMArena", "SWE-bench", "GPT-5"). */
const MIXED = /^\S[^\s:,;.]*?[A-Z0-9]/;
/** "Gemini 2.5…", "Veo 3", "Stable Diffusion", "Claude Opus": a name of two parts, the second a version or a capitalised word. */
const NAMED = /^[A-Z][a-z]+(?:[-\s]+(?:v?\d|[A-Z][a-z]))/;

/** `text` with its first letter lower-cased, unless it opens with a name. */
export function lowerFirst(text: string, names: readonly string[] = []): string {
  if (!/^[A-Z]/.test(text) || MIXED.test(text) || NAMED.test(text)) return text;
  if (names.some((n) => n.length > 0 && text.startsWith(n) && !/^[\w-]/.test(text.slice(n.length)))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A noun phrase with its indefinite article: "an image model", "a reasoning model". */
export function withArticle(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}
