/**
 * "…, will that work? yes or no?", "is it fine to use X for Y?", "should we still pick X just to be
 * safe?", "does it make sense to self-host?": wording that asks for a verdict on a plan, whatever
 * model type, need or task the plan names. The classifier reads those names as a request for a pick
 * ("an image model to write our SQL" looks like a recommendation); the verdict is what is asked.
 */

/** "Should we still…", "should I really…": a "should" that doubts a plan (the proposal plan weighs it as "worth it?"). */
export const DOUBTING_SHOULD = String.raw`\b(?:should|shall|must)\s+(?:we|i)\s+(?:still|really|even|actually)\b`;

/** The cues, each a yes/no question on a plan the message puts (or an explicit call for yes or no). */
const VERDICT_CUE = new RegExp(
  [
    String.raw`\byes or no\b|\by\/n\b|\byes\/no\b`,
    String.raw`\b(?:will|would|does|could|can|is) (?:that|this|it|this plan|that plan) (?:even |actually |really |still )?(?:work|fly|be enough|do the job)\b`,
    String.raw`\b(?:is|would|will|'?s) (?:it|that|this) (?:be )?(?:really |actually |still )?(?:ok|okay|fine|alright|all right|safe|acceptable|a good idea|a bad idea|wise|smart|sensible|reasonable|a problem)\b(?=\s+(?:to|if|for|that)\b|\s*[?!.]|\s*$)`,
    DOUBTING_SHOULD,
    String.raw`\b(?:does|would|will|do) (?:it|that|this) (?:still |even |really |actually )?make (?:any |much )?sense (?:to|for|if)\b`,
    String.raw`\bcan (?:we|i) (?:just |safely )?get away with\b`,
  ].join('|'),
  'gi',
);

/** A wh-word before the cue in its clause: "which model would work best?" asks for a pick. */
const WH_BEFORE = /\b(?:what|which|how|where|when|who|whom|whose)\b[^.?!;]*$/i;

/**
 * Whether the message asks for a verdict on what it puts: a cue not inside a wh-question. The cue
 * may sit anywhere, since a preamble of context often comes first ("we want X for Y, will that work?").
 */
export function asksVerdictOnPlan(text: string): boolean {
  for (const m of text.matchAll(VERDICT_CUE)) {
    const before = text.slice(0, m.index).split(/[.?!;]/).pop() ?? '';
    if (!WH_BEFORE.test(before)) return true;
  }
  return false;
}
