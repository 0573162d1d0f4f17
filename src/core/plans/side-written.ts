/**
 * Whether the knowledge writes a comparison side's words at all. A side that links to no concept
 * can still share a stem with words the documents do use ("discriminative" with "discriminator",
 * "top-p" with "top"), so the word stems alone do not show it is covered: the words as written do.
 */
import type { Passage } from '../../knowledge/types.js';
import { fold } from '../../knowledge/search/text.js';
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import { escapeRegExp } from '../lexicon/regexp.js';

/** A passage's text as space-separated lowercase words, with a space at either end; built once per passage. */
const writtenCache = new WeakMap<Passage, string>();
function writtenText(p: Passage): string {
  let text = writtenCache.get(p);
  if (text === undefined) {
    text = ` ${fold(`${p.headings.join(' ')} ${p.text}`).replace(/[^a-z0-9]+/g, ' ').trim()} `;
    writtenCache.set(p, text);
  }
  return text;
}

/**
 * One word of a side as typed ("discriminative", "top-p", "chatbots"): written when a passage holding
 * its stem has the word itself, in the singular or plural. A hyphenated word is one phrase ("top p").
 */
function wordWritten(index: SearchIndex, word: string): boolean {
  const parts = fold(word).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const term = parts.flatMap((p) => index.analyzer.terms(p)).find((t) => !t.startsWith('~'));
  if (!term) return true;
  const stem = (w: string) => w.replace(/(?:es|s)$/, '');
  const phrase = new RegExp(` ${parts.map((w) => `${escapeRegExp(stem(w))}(?:s|es)?`).join(' ')} `);
  return index.passagesWith(term).some((p) => phrase.test(writtenText(p)));
}

/**
 * The words of a side no passage writes ("discriminative" in "discriminative vs generative"): short
 * words and the bare word "model" say nothing of what the side is, so they are never counted.
 */
export function unwrittenWords(index: SearchIndex, side: string): string[] {
  return side
    .split(/\s+/)
    .filter((w) => w.replace(/[^a-z0-9]/gi, '').length > 3 && !/^(?:models?|ones?)$/i.test(w))
    .filter((w) => !wordWritten(index, w));
}
