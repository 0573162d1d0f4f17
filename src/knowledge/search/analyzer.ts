import { fold, toTerms, words } from './text.js';
import { CANONICAL_PREFIX, type Vocabulary } from './vocabulary.js';

/** Text → index terms: fold, split, add synonym terms, drop stop words, stem. */
export interface Analyzer {
  terms(text: string): string[];
}

/** Short texts (names, phrases, questions) recur; their terms are remembered up to this many. */
const MEMO_LIMIT = 50_000;

export function createAnalyzer(vocabulary: Vocabulary): Analyzer {
  const memo = new Map<string, string[]>();
  const analyse = (text: string): string[] => {
      const expanded = vocabulary.expand(words(fold(text)));
      const plain = expanded.filter((t) => !t.startsWith(CANONICAL_PREFIX));
      const canonical = expanded.filter((t) => t.startsWith(CANONICAL_PREFIX));
      return [...toTerms(plain), ...canonical];
  };
  return {
    terms(text) {
      if (text.length > 200) return analyse(text);
      let terms = memo.get(text);
      if (!terms) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(text, (terms = analyse(text)));
      }
      return [...terms];
    },
  };
}

/** True for terms that must match exactly: synonym groups, numbers and versions. */
export function isExactTerm(term: string): boolean {
  return term.startsWith(CANONICAL_PREFIX) || /\d/.test(term);
}
