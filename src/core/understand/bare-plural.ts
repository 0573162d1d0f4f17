/**
 * "What are tokens?", "what r vaes", "what are params": a concept named in the plural and nothing
 * more asks what the thing is, not for the items some document happens to list under that noun
 * (API prices counted in tokens, the four size classes by parameter count). With a determiner or a
 * count ("what are the four stages", "what are the benchmarks") the items are what is asked.
 */
import type { Concept } from '../lexicon/concepts.js';
import { linkTokens } from '../lexicon/phrases.js';

const BARE_PLURAL = /^\W*(?:(?:so|and|ok|okay|hey)[,\s]+)?(?:what|wat|wut)\s+(?:are|r)\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)\s*[?!.]*\s*$/i;

const key = (name: string) => linkTokens(name).join(' ');

/** Whether the question is only "what are <one of a concept's names>?". */
export function asksWhatNamedIs(text: string, concepts: readonly Concept[]): boolean {
  const phrase = BARE_PLURAL.exec(text)?.[1];
  if (phrase === undefined) return false;
  const asked = key(phrase);
  return concepts.some((c) => c.names.some((n) => key(n) === asked));
}
