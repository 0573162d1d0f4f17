/**
 * A factor the asker says does not matter ("budget not really a concern", "we don't care about
 * self-hosting", "latency doesn't matter") states no constraint: reading its words as one would
 * recommend for the very thing waved away. The clause saying so is blanked before constraints are read.
 */

/** "don't care about X", "not worried about X": the factor follows, up to the clause's end. */
const CARE = /\b(?:(?:we|i|they|you|u|ppl|people|the team|our team|my team|the client|the customer|management|legal)\s+(?:really\s+|honestly\s+|genuinely\s+)?)?(?:don'?t|dont|do not|doesn'?t|does not|not|never|nobody|no one)\s+(?:really\s+|much\s+|too\s+|that\s+)?(?:cares?|caring|worried|worry|worrying|fussed|bothered|concerned)\s+(?:much\s+|too much\s+|that much\s+)?(?:about|with|re:?|over|for)\b[^,.;!?]*?(?=[,.;!?]|\bbut\b|\bjust\b|\bas long as\b|$)/gi;

/** "X is not a concern", "X doesn't matter", "money is no object": the factor comes before, from the clause's start. */
const WAVED = /(^|[,.;!?]|\bbut\b|\band\b|\bso\b)[^,.;!?]*?\b(?:(?:(?:is|are|'s|s)\s+)?(?:isn'?t|aren'?t|not|never)\s+(?:really\s+|much\s+of\s+|that much of\s+|too much of\s+|even\s+)?(?:an?\s+)?(?:concern|issue|problem|priority|constraint|factor|big deal|worry)|(?:is|are|'s)\s+no\s+(?:object|concern|issue|problem|priority)|(?:doesn'?t|does not|don'?t|do not|dont)\s+(?:really\s+)?matter|(?:is|are)\s+(?:irrelevant|unimportant)|(?:isn'?t|aren'?t|not)\s+(?:really\s+|that\s+)?important)\b/gi;

/** "Cost aside", "putting price aside", "setting latency aside": the factor named, then set aside. */
const ASIDE = /\b(?:(?:putting|setting|leaving)\s+)?(?:the\s+)?(?:money|costs?|price|pricing|budget|speed|latency|privacy|hosting|infra\w*)\s+aside\b/gi;

/** "We have deep pockets", "whatever it costs": cost waved away by an idiom, whose words ("deep") say nothing of the need. */
export const NO_LIMIT = /\b(?:(?:we|i|they)\s+(?:have|'ve got|'ve|got)\s+)?deep pockets\b|\bwhatever it costs\b|\bunlimited budget\b|\bno matter (?:the|what it) costs?\b/gi;

/** The text with every clause that waves a factor away blanked out. */
export function withoutIndifference(text: string): string {
  return text.replace(CARE, ' ').replace(WAVED, (_m, lead: string) => `${lead} `).replace(ASIDE, ' ').replace(NO_LIMIT, ' ');
}

/**
 * The question without the clauses that wave a factor away ("we don't care about self-hosting").
 * A question that is nothing else stays.
 */
export function statedOnly(text: string): string {
  const stated = withoutIndifference(text).replace(/\s+([,.?!;])/g, '$1').replace(/([,;])(?:\s*[,;])+/g, '$1').replace(/[,;]+\s*(?=[.?!])/g, '').replace(/\s{2,}/g, ' ').replace(/^[\s,;.]+|[\s,;]+$/g, '').trim();
  return stated.split(' ').length >= 2 ? stated : text;
}
