/**
 * A model's name where a text says it: as a whole name, never the start of a longer versioned one.
 * "GPT-5" is not named in "GPT-5.1", nor "Gen-3" in "Gen-3.5"; a sentence's full stop or a
 * possessive after the name still ends it ("…than GPT-5.", "GPT-5's").
 */
import { escapeRegExp } from '../lexicon/regexp.js';

/** The name as a whole, in bold or not (its asterisks are outside the match). */
export function nameInText(name: string): RegExp {
  return new RegExp(`(?<![\\w*])(?<!\\w[.-])${escapeRegExp(name)}(?![\\w*])(?![.-]\\d)`, 'i');
}

/** Whether a text names the model (as a whole name, bold or not). */
export function namesModel(text: string, name: string): boolean {
  return nameInText(name).test(text.replace(/\*\*/g, ''));
}

/** The text with each name in bold, once, the longer names first so a shorter one never splits them. */
export function boldNames(text: string, names: readonly string[]): string {
  return [...names].sort((a, b) => b.length - a.length).reduce((t, n) => t.replace(nameInText(n), (w) => `**${w}**`), text);
}
