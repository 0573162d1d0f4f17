/**
 * What the words the knowledge does not know still say: a need ("offline"), a kind of content ("voiceover").
 */
import { noConstraints, readCategories, readConstraints } from './needs.js';

/** The unknown words that state a need on their own ("offline"). */
export function needWords(unknown: readonly string[]): { unknownNeeds?: string[] } {
  const needs = unknown.filter((w) => !noConstraints(readConstraints(w)));
  return needs.length > 0 ? { unknownNeeds: needs } : {};
}

/** The unknown words that name a kind of content ("voiceover"). */
export function contentWords(unknown: readonly string[]): { contentWords?: string[] } {
  const content = unknown.filter((w) => readCategories(w).length > 0);
  return content.length > 0 ? { contentWords: content } : {};
}
