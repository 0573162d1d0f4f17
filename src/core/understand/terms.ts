/**
 * A question's retrieval terms: its content words as index terms (stemmed, synonym groups added,
 * misspellings corrected to a known term), weighted so the words that name its subject count more
 * than the domain's everyday words ("model", "ai"). Words no passage contains are set aside as
 * unknown: chat context ("standup", "lol") must not sink a question, but a question made only of
 * unknown words is one the knowledge does not cover.
 */
import type { SearchIndex, WeightedTerm } from '../../knowledge/search/search-index.js';
import { fold, stem, STOP_WORDS, words } from '../../knowledge/search/text.js';
import { RELATED_PREFIX } from '../../knowledge/search/vocabulary.js';
import { isEnglishWord } from '../../knowledge/search/english.js';
import { withinEdits } from './intent/features.js';

/** Terms so common in this domain that they say little on their own. */
export const WEAK_TERMS = new Set(['model', 'ai', '~ai', 'gener', 'type', 'differ', 'best', 'good', 'better', 'make', 'take', 'work', 'thing', 'actual', 'exactli', 'basic', 'someth', 'everyth', 'anyth']);

/** Chat words that frame a question without being its topic ("the actual diff": a comparison's padding, "diff" clipped from "difference"). */
export const FRAME = new Set(
  'actual normally usually typically diff diffs once went gone even explain eli5 describe define definition mean means meaning wondering wonder curious confused question asking ask asked say says said saying keep keeps heard hear seen see saw talk talking guess quick dumb stupid silly honest honestly literally basically actually exactly technically really seriously anyway lol lmao tbh imo btw fyi haha ok okay yeah yep nope hey guys folks someone somebody everyone anybody people ppl team teams guy wait hmm um uh overkill'.split(
    ' ',
  ),
);

let chatWords: string[] | undefined;

/**
 * A chat or question word as people mistype it ("expalin", "waht", "defin"): it frames the question
 * like the word it was meant to be, and is no topic of its own. A four-letter word only by a swap of
 * its letters, as a shorter word is too often another real one.
 */
export function misspeltChatWord(word: string): boolean {
  // A contraction typed without its apostrophe ("dont", "isnt", "youre", "cant").
  const contraction = /^([a-z]+?)(?:nt|re|ve|ll)$/.exec(word);
  if (contraction && !isEnglishWord(word) && (STOP_WORDS.has(contraction[1]!) || ['ca', 'wo'].includes(contraction[1]!))) return true;
  if (word.length < 4 || !/^[a-z]+$/.test(word) || isEnglishWord(word)) return false;
  chatWords ??= [...STOP_WORDS, ...FRAME].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
  const letters = [...word].sort().join('');
  return chatWords.some((w) => w[0] === word[0] && withinEdits(word, w, 1) && (word.length > 4 || [...w].sort().join('') === letters));
}

/**
 * "Per the FAQ", "according to the guide": where the asker read it, not a topic, nor a qualifier a
 * document's list must carry. An article named by more than its kind ("the Space-O guide") keeps its name.
 */
const SOURCE_REFERENCE = /\b(?:per|according to|in|from)\s+(?:the|that|this|your)\s+(?:faqs?|guide|article|post|blog(?:\s+post)?|explainer|write-?up|piece)\b/gi;
/** "Just the names", "names only": how to answer, not what about. */
export const NAMES_ONLY = /\b(?:just|only)\s+(?:the\s+|their\s+)?names?\b(?:\s+only\b)?|\bnames?\s+only\b/gi;

/** "gen" as chat shorthand ("video gen models"), not a version ("Gen-3", "gen 4") or "gen AI" (generative AI). */
const GEN_SHORTHAND = /\bgen\b(?![- ]?(?:\d|ai\b))/gi;

export function queryTerms(text: string, index: SearchIndex, linkedWords: ReadonlySet<string>, asking: string = text): { terms: WeightedTerm[]; unknown: string[] } {
  // Words in quotes are what the question is about ("what does the '70B' mean"): they count more.
  // A quote opens after a space or the start, so the apostrophe of "what's a 'LoRA'" opens none.
  const quoted = new Set([...text.matchAll(/(?:^|[\s(:])['"“‘]([^'"”’]{2,40})['"”’](?=[\s,.?!;:)]|$)/g)].flatMap((m) => words(fold(m[1]!), false)));
  // Words of the sentence that asks count fully; words only in the context around it count half.
  const askingWords = new Set(words(fold(asking), false));
  const contextOnly = (word: string) => asking !== text && !askingWords.has(word);
  const weights = new Map<string, number>();
  const unknown: string[] = [];
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  // "what's the point of X", "at what point": framing, not a topic.
  // "name the leading video models", "list the frontier models as of late 2025": the verb that asks
  // for a list is no topic either (and no qualifier a document's list must carry).
  const framed = text.replace(/^\s*(?:(?:can|could) you\s+|please\s+|pls\s+)?(?:name|enumerate|list)\b(?!\s+(?:of|is|are)\b)/i, ' ').replace(/\b(?:what(?:'s| is) the point of|at what point|what year|which year|(?:what|which) date|as of (?:when|what date)|how (?:current|recent|up[- ]to[- ]date)|c[oa]me out|i (?:remember|recall|forget|forgot|think)|not the figure|(?:good|well|big|capable|strong|fast|cheap) enough)\b/gi, ' ');
  // "video gen models", "image gen": chat shorthand for generation, not the "Gen" of a name like Gen-3.
  const expanded = framed.replace(SOURCE_REFERENCE, ' ').replace(NAMES_ONLY, ' ').replace(GEN_SHORTHAND, 'generation');
  for (const word of words(fold(expanded), false)) {
    if (STOP_WORDS.has(word) || FRAME.has(word) || (word.length === 1 && !/\d/.test(word))) continue;
    const linked = linkedWords.has(word);
    for (const term of index.analyzer.terms(word)) {
      if (term.startsWith('~')) continue; // synonym groups come from the whole text below
      const known = index.has(term) ? term : word.length >= 5 ? index.correct(term, word) : undefined;
      if (!known) {
        if (!linked && !contextOnly(word) && !misspeltChatWord(word)) unknown.push(word);
        continue;
      }
      add(known, (WEAK_TERMS.has(known) ? 0.3 : 1) * (linked || quoted.has(word) ? 1.5 : 1) * (contextOnly(word) && !quoted.has(word) ? 0.5 : 1));
    }
  }
  // Synonym groups span words ("on-prem", "our own servers"): they are read off the whole text.
  const groups = new Set(index.analyzer.terms(text).filter((t) => t.startsWith('~')));
  for (const term of groups) if (index.has(term)) add(term, term.startsWith(RELATED_PREFIX) ? 0.5 : 1);
  // "prem" of "on-prem" is no unknown topic: its phrase's group carries it.
  const carried = (word: string) => index.vocabulary.groupsOfWord(stem(word)).some((g) => groups.has(g));
  return { terms: [...weights].map(([term, weight]) => ({ term, weight })), unknown: [...new Set(unknown.filter((w) => !carried(w)))] };
}

/** The stem of a word, as the index has it. */
export const termOf = (word: string) => stem(fold(word));

/** True for a word that carries meaning for retrieval. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word);
}
