/**
 * How a question weighs taking a kind of model up, read once for the maturity verdict: whether it
 * asks if the kind is ready, and whether it leans against it already ("too early?").
 */

/** A yes/no question on whether it is ready: "are video models production-ready?". */
const READY = /\b(?:ready|mature|reliable|safe|stable)\b/i;
/** Questions that lean the other way ("too early?", "overkill?"): a "probably not" would answer yes to them. */
const LEANS_AGAINST = /\btoo (?:early|soon|risky|new)\b|\bover-?kill\b|\bbad idea\b|\bpremature\b/i;

export interface AdoptionCues {
  /** It names readiness: "ready", "mature", "reliable", "safe", "stable". */
  asksReady: boolean;
  /** It leans against taking it up ("too early?", "overkill?", "premature?"): a "probably not" would answer yes. */
  leansAgainst: boolean;
}

/** The adoption cues of a question's text. */
export function readAdoptionCues(text: string): AdoptionCues {
  return { asksReady: READY.test(text), leansAgainst: LEANS_AGAINST.test(text) };
}
