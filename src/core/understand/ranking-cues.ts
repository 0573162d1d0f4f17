/**
 * What a question's wording says about a ranking of models, read once for the ranking plan: whether
 * it ranks kinds rather than models, a model it must beat ("cheaper than X"), one model's sizes.
 */
import { fold, words } from '../../knowledge/search/text.js';
import type { ModelMatcher } from '../catalog/model-matcher.js';

export interface RankingCues {
  /** "The most common kind of multimodal LLM": it ranks kinds ("kinds of", "types of"), which the documents describe, not models. */
  ofKinds: boolean;
  /** It names a model the catalog holds, so a ranking is "of the models you named". */
  namesModel: boolean;
  /** "Which model is cheaper than X?": the words after a comparative's "than", when it asks for another model. */
  beyond?: string;
  /** It asks about a model's sizes, versions or variants ("the biggest Llama variant"). */
  asksSizes: boolean;
  /** The end of a model's sizes asked: the smallest ("smallest", "cheapest", "fastest") or the largest ("biggest", "most capable"). */
  sizeEnd?: 'smallest' | 'largest';
  /** That end is named by size itself ("largest", "tiniest"), not by a quality that may come with size. */
  bySize: boolean;
  /** The question's words, folded: what stays of it once the ranked kind's words are taken out. */
  words: readonly string[];
}

const OF_KINDS = /\b(?:kinds?|types?|sorts?|variants?|forms?|flavou?rs?)\s+of\b/i;
const ASKS_OTHER = /\b(?:which|what|any|anything|something|another|others?|alternatives?)\b/i;
const THAN = /\b(?:\w+er|more\s+\w+|less\s+\w+)\b(?:\s+[\w-]+){0,3}?\s+than\s+(.+)$/i;
const SIZE_WORDS = /\b(?:sizes?|versions?|variants?)\b/i;
const SMALLEST = /\b(?:smallest|fastest|cheapest|lightest|tiniest|least capable)\b/i;
const LARGEST = /\b(?:largest|biggest|most (?:capable|powerful|advanced)|strongest|smartest|best)\b/i;
const BY_SIZE = /\b(?:largest|biggest|smallest|tiniest)\b/i;

/** The ranking cues of a question's text. */
export function readRankingCues(text: string, matcher: ModelMatcher): RankingCues {
  const beyond = ASKS_OTHER.test(text) ? THAN.exec(text)?.[1] : undefined;
  const sizeEnd = SMALLEST.test(text) ? 'smallest' : LARGEST.test(text) ? 'largest' : undefined;
  return {
    ofKinds: OF_KINDS.test(text),
    namesModel: matcher.find(text).length > 0,
    ...(beyond ? { beyond } : {}),
    asksSizes: SIZE_WORDS.test(text),
    ...(sizeEnd ? { sizeEnd } : {}),
    bySize: BY_SIZE.test(text),
    words: words(fold(text)),
  };
}
