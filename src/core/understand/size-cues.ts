/**
 * How a question asks about a parameter count, read once for the size-class plan: whether it asks
 * which class a count belongs to, whether the count only bounds something else ("a model under 7B"),
 * and whether it is put as a yes/no ("is 70B large?").
 */

/** Words that ask which class a size belongs to. */
const ASKS_CLASS = /\b(?:small|smaller|medium|mid(?:-size[d]?)?|large|larger|big|bigger|huge|tiny|frontier|size|sized|class|category|considered|count(?:s)? as|classif\w*|tier)\b/i;
/** A count as a bound ("under 7B", "like 50B+"): the size of something else asked about. */
const BOUNDED = /\b(?:under|below|over|above|less than|more than|fewer than|up to|at most|at least|like|around|about)\s+\d+(?:\.\d+)?\s?(?:b|bn|billion)\b/i;
/** "Is 70B a large model?": a yes/no on the class. */
const OPENS_YES_NO = /^\s*(?:is|are|would|does|do|can)\b/i;

export interface SizeCues {
  /** It has a word of size or class ("small", "large", "tier", "counts as"). */
  asksClass: boolean;
  /** It states a count as a bound ("under 7B", "like 50B"): the size of something else asked about. */
  bounded: boolean;
  /** It opens as a yes/no ("is", "are", "would", "does", "do", "can"). */
  opensYesNo: boolean;
}

/** The size cues of a question's text. */
export function readSizeCues(text: string): SizeCues {
  return { asksClass: ASKS_CLASS.test(text), bounded: BOUNDED.test(text), opensYesNo: OPENS_YES_NO.test(text) };
}
