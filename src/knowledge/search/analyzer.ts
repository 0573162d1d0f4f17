import { fold, toTerms, words } from './text.js';
import { CANONICAL_PREFIX, type Vocabulary } from './vocabulary.js';

/** Text → index terms: fold, split, add synonym terms, drop stop words, stem. */
export interface Analyzer {
  terms(text: string): string[];
}

export function createAnalyzer(vocabulary: Vocabulary): Analyzer {
  return {
    terms(text) {
      const expanded = vocabulary.expand(words(fold(text)));
      const plain = expanded.filter((t) => !t.startsWith(CANONICAL_PREFIX));
      const canonical = expanded.filter((t) => t.startsWith(CANONICAL_PREFIX));
      return [...toTerms(plain), ...canonical];
    },
  };
}

/** True for terms that must match exactly: synonym groups, numbers and versions. */
export function isExactTerm(term: string): boolean {
  return term.startsWith(CANONICAL_PREFIX) || /\d/.test(term);
}
