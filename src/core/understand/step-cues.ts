/**
 * A plan that leaves out a step, read once for the requirement verdict: "can we ship it without
 * review?", "should we merge AI-written code straight to main?".
 */

/** The step a plan leaves out: "without review", "skipping the human review", "with no testing". */
const LEAVES_OUT = /\b(?:without|skip(?:ping)?|bypass(?:ing)?|forgo(?:ing)?|with no|no need for|(?:don'?t|do not|no longer|won'?t|will not)\s+(?:really\s+|even\s+)?need(?:\s+to)?)\s+(?:(?:any|a|an|the|proper|prior|extra|further|human|manual|code|anyone|anybody|someone|somebody|people)\s+)*([a-z][\w-]*)/i;
/** A plan that goes past the steps between: "straight to main", "directly into production". */
const GOES_STRAIGHT = /\b(?:straight|directly|right)\s+(?:in)?to\b/i;
/** A question on whether the plan is allowed: "can we…", "should we…", "is it ok to…", or a conclusion tagged for a yes ("…, so we can skip review, right?"). */
const ASKS_ALLOWED = /^\W*(?:(?:so|and|but|ok|okay)\W+)?(?:can|could|may|should|shall|is it (?:ok|okay|fine|safe|alright)|are we (?:allowed|ok|fine)|do we really)\b|(?:^\W*|\bso\s+)(?:we|i)\s+(?:can|could|may|don'?t|do not|no longer|won'?t)\b[^.?!;]*\b(?:right|correct|true|yes|no)\W*$/i;

export interface StepCues {
  /**
   * It asks whether the plan is allowed: "can we…", "should we…", "is it ok to…", a conclusion tagged
   * for a yes, or a yes/no clause after its setting ("now that code models write tests, can we skip review?").
   */
  asksAllowed: boolean;
  /**
   * What the plan leaves out: the step's word ("review" of "without any human review"), or, with
   * none named, `{}` when it only goes straight past the steps ("straight to main").
   */
  skipped?: { step?: string };
}

/** The step cues of a question's text. */
export function readStepCues(text: string, clause?: string): StepCues {
  const m = LEAVES_OUT.exec(text);
  const skipped = m ? { step: m[1]! } : GOES_STRAIGHT.test(text) ? {} : undefined;
  return { asksAllowed: ASKS_ALLOWED.test(text) || (clause !== undefined && ASKS_ALLOWED.test(clause)), ...(skipped ? { skipped } : {}) };
}
