/**
 * The clause of a question that asks yes or no, read once by understanding (`Understanding.verdict`):
 * "…, does that mean it has NOT had…?", "are they really reasoning or faking it?".
 */
const AUXILIARY = /^(?:is|are|was|were|does|do|did|can|could|will|would|has|have|isn'?t|aren'?t|doesn'?t|don'?t|can'?t|won'?t)\b/i;
/** Words that open a clause without changing what it asks ("so", "ok but", "like"). */
const FILLER = /^(?:(?:so|ok|okay|but|and|then|hmm|wait|also|like|honestly|seriously|btw|hey|well|now|quick q|question)[,:]?\s+)+/i;
/** After "or", a clause that goes on with the same yes/no ("…or is that just marketing", "…or still toy stuff"). */
const SAME_QUESTION = /^(?:is|are|was|were|does|do|did|has|have|can|will|would|not|just|still|something|that|it|they|only|merely|simply)\b/i;
/** Words by which a yes/no question doubts what it asks ("do they really…", "actually", "truly"). */
export const DOUBT = /\b(?:really|actually|truly|genuinely|honestly)\b/i;
const TAG = /(?:,|\s)\s*(?:right|correct|true|no)\s*\?+\s*$|\bis it true\b|\bam i right\b/i;

/** The clause of a question that asks yes or no, when it has one ("…, does that mean it has NOT had…?"). */
/** A request phrased as a question: "could you explain…", "can you give me…", "would you list…". */
const POLITE_REQUEST = /^(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+|quickly\s+|briefly\s+)?(?:explain|tell(?!\s+(?:me\s+|us\s+)?(?:if|whether)\b)|describe|give|list|show|compare|summari[sz]e|walk|break|outline|define|clarify|help|recommend|suggest|name|point)\b/i;

export function polarClause(text: string): string | undefined {
  if (TAG.test(text)) return text;
  for (const raw of text.split(/[?!.;]+|,\s+|\s+-+\s+|\s+—\s+/)) {
    const clause = raw.trim().replace(FILLER, '');
    if (!AUXILIARY.test(clause) || /^\w+\s+there\b/i.test(clause)) continue;
    // "Could you explain how…", "can you tell me what…": a request, not a yes/no question.
    if (POLITE_REQUEST.test(clause)) continue;
    // "Does X use a VAE or a GAN?" asks which, not whether.
    // "Are they really reasoning or faking it?" doubts one claim and names its alternative: still yes or no.
    const or = /\sor\s+(.+)$/i.exec(clause);
    // …and the verdict is on the doubted claim, not on its alternative ("…really reason or simply imitate it?").
    // A tail that asks of something else ("…really needed, or is RAG enough?") keeps the clause whole;
    // one that points back at the claim ("…or is it marketing?") is its alternative.
    const ownQuestion = AUXILIARY.test(or?.[1] ?? '') && !/^\w+\s+(?:it|that|this|they|those)\b/i.test(or?.[1] ?? '');
    if (or && DOUBT.test(clause.slice(0, or.index)) && !ownQuestion) return clause.slice(0, or.index);
    if (or && !SAME_QUESTION.test(or[1]!)) continue;
    return clause;
  }
  return undefined;
}

/**
 * The alternative a doubting yes/no question sets against its claim ("…really reasoning or faking
 * it?" → "faking it"): what the verdict is not about.
 */
export function doubtedAlternative(text: string): string | undefined {
  const clause = polarClause(text);
  if (!clause || !DOUBT.test(clause)) return undefined;
  const at = text.indexOf(clause);
  return at < 0 ? undefined : /^[\s,]*or\s+([^?!.;]+)/i.exec(text.slice(at + clause.length))?.[1]?.trim();
}

/**
 * The question without the alternative its doubt sets against the claim ("…really think like a
 * person, or is that a figure of speech?" → "…really think like a person?"): what the alternative
 * names ("speech") is no subject of the question. A question with no such alternative stays.
 */
export function withoutDoubtedAlternative(text: string): string {
  const alternative = doubtedAlternative(text);
  if (!alternative) return text;
  const at = text.lastIndexOf(alternative);
  const cut = text.slice(0, at).replace(/[\s,]*or\s*$/i, '') + text.slice(at + alternative.length);
  return cut.trim().split(/\s+/).length >= 2 ? cut.trim() : text;
}
