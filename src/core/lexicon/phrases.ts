/**
 * A dictionary of names as stem sequences, for finding which known things a text mentions:
 * "how do GANs work" → the GAN concept, "the space-o guide" → the Space-O article. Matching is on
 * stems (plurals and verb forms meet) and longest-first, so "base model family" finds "model family"
 * only when "base model family" is not itself a name.
 */
import { fold, stem, words } from '../../knowledge/search/text.js';

export interface PhraseMatch<T> {
  value: T;
  /** Token span in the text, end exclusive. */
  start: number;
  end: number;
}

export interface PhraseDictionary<T> {
  add(name: string, value: T): void;
  /** Non-overlapping mentions, longest first where they compete, in text order. */
  find(tokens: readonly string[]): PhraseMatch<T>[];
  /**
   * Names of two or three words whose words all occur near each other in any order ("the pipeline
   * for training" names "training pipeline"), for names `eligible` allows; values only.
   */
  findLoose(tokens: readonly string[], eligible: (stem: string) => boolean, window?: number): T[];
  readonly size: number;
}

/** Words that may stand between or around a name's words without breaking it. */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Stems of a text's words, in order, for phrase matching (articles kept: names may contain them). */
export function linkTokens(text: string): string[] {
  const known = linkMemo.get(text);
  if (known) return [...known];
  const tokens = words(fold(text), false).map((w) => stem(w.replace(/'/g, '')));
  // Names and questions recur across turns: remembered, within a bound.
  if (linkMemo.size > 20_000) linkMemo.clear();
  linkMemo.set(text, tokens);
  return [...tokens];
}
const linkMemo = new Map<string, readonly string[]>();

export function createPhraseDictionary<T>(): PhraseDictionary<T> {
  const byFirst = new Map<string, Array<{ stems: string[]; value: T }>>();
  let size = 0;
  return {
    get size() {
      return size;
    },
    add(name, value) {
      const stems = linkTokens(name).filter((t, i) => i > 0 || !ARTICLES.has(t));
      if (stems.length === 0) return;
      const list = byFirst.get(stems[0]!) ?? [];
      if (list.some((e) => e.value === value && e.stems.join(' ') === stems.join(' '))) return;
      list.push({ stems, value });
      list.sort((a, b) => b.stems.length - a.stems.length);
      byFirst.set(stems[0]!, list);
      size++;
    },
    findLoose(tokens, eligible, window = 6) {
      const out: T[] = [];
      const at = new Map<string, number[]>();
      tokens.forEach((t, i) => at.set(t, [...(at.get(t) ?? []), i]));
      // Every word of a name must be there, its first one included: only those names are tried.
      for (const first of at.keys()) {
        for (const { stems, value } of byFirst.get(first) ?? []) {
          if (stems.length < 2 || stems.length > 3 || out.includes(value) || !stems.every(eligible)) continue;
          const positions = stems.map((s) => at.get(s));
          if (positions.some((p) => !p)) continue;
          const first = positions[0]!;
          if (first.some((p0) => positions.slice(1).every((ps) => ps!.some((p) => Math.abs(p - p0) <= window)))) out.push(value);
        }
      }
      return out;
    },
    find(tokens) {
      const found: PhraseMatch<T>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        for (const { stems, value } of byFirst.get(tokens[i]!) ?? []) {
          let j = 1;
          while (j < stems.length && tokens[i + j] === stems[j]) j++;
          if (j === stems.length) found.push({ value, start: i, end: i + j });
        }
      }
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: PhraseMatch<T>[] = [];
      for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
