/**
 * How long an answer the asker wants, when they say: "in one line", "in 2 sentences", "tl;dr",
 * "briefly". Read once here; composition keeps the answer to that many sentences.
 */

const NUMBERS: Record<string, number> = { one: 1, a: 1, single: 1, two: 2, three: 3, few: 2, couple: 2 };

/** "in one line", "2 sentences", "a one-liner", "in a couple of sentences". */
const COUNTED = /\b(?:in\s+)?(?:(a|one|single|two|three|few|couple)|(\d))\s+(?:of\s+)?(?:short\s+)?(?:sentences?|lines?)\b/i;
const ONE_LINER = /\bone[- ]?liner\b/i;
/** Asks for a short answer without a count: two sentences. */
const SHORT = /\b(?:tl;?dr|briefly|in brief|in short|in a nutshell|short (?:answer|version)|keep it short|short and sweet)\b/i;

export function requestedSentences(text: string): number | undefined {
  const counted = COUNTED.exec(text);
  if (counted) {
    const n = counted[2] ? Number(counted[2]) : NUMBERS[counted[1]!.toLowerCase()]!;
    // "a sentence" needs the preposition ("in a sentence"): "is a sentence a token?" asks nothing of length.
    if (counted[1]?.toLowerCase() === 'a' && !/^in\s/i.test(counted[0])) return undefined;
    return n >= 1 && n <= 5 ? n : undefined;
  }
  if (ONE_LINER.test(text)) return 1;
  return SHORT.test(text) ? 2 : undefined;
}
