/**
 * Whether a question asks if a proposal is wise ("worth it?", "overkill?", "should we still
 * fine-tune?"), which way a yes points, and the clause that puts the proposal: read once for the
 * proposal plan and the verdict plans that defer to it.
 */
import { DOUBTING_SHOULD } from './verdict-ask.js';

export interface ProposalCues {
  /** It asks whether a proposal is wise: "worth it?", "a good idea?", "overkill?", "should we…" outside a wh-question. */
  asked: boolean;
  /** Which way it leans: "overkill?" expects a yes to mean "drop it" (`against`); "worth it?" a yes to mean "do it" (`for`). */
  lean: 'against' | 'for' | 'open';
  /** The clause that puts the proposal ("someone wants to train our own model", "should we still fine-tune it"), when one does. */
  clause?: string;
}

/** A closing that asks whether a proposal is wise, and which way "yes" points. */
const FOR_IT = /\b(?:(?:a |an |the )?(?:good|smart|sensible|wise|right) (?:idea|call|move|plan|choice)|worth it|worth the (?:money|cost)|(?:is (?:that|it|this)|really) (?:necessary|needed))\s*(?:or (?:nah|not|no)\b)?\W*$/i;
const AGAINST_IT = /\b(?:(?:a |an )?(?:bad|dumb) (?:idea|call|move|plan)|overkill|over-kill|too much)\s*(?:or (?:nah|not|no)\b)?\W*$/i;

/**
 * Asking whether to do something, wherever it is said: "should we still fine-tune?", "is it worth
 * paying for X?", "does it make sense to fine-tune?", "do we really need X?", "is X overkill for Y?".
 * What it weighs is the clause from the cue on.
 */
const WORTH = /\b(?:is|would|will|'?s)\s+(?:it|that|this)\s+(?:really\s+|even\s+|still\s+)?(?:be\s+)?worth\b|\b(?:does|would|will|do)\s+(?:it|that|this|[\w-]+(?:\s+[\w-]+)?)\s+(?:still\s+|even\s+|really\s+|actually\s+)?make\s+(?:any\s+|much\s+)?sense\s+(?:to|for)\b|\bworth (?:paying|using|getting|going|switching|buying|it\b)|\bdo (?:we|i|you) (?:really |actually |even |still |truly )?need\b/i;
const OVERKILL = /\bover-?kill\b/i;
const SHOULD = /\b(?:should|shall)\s+(?:we|i|you|they|a|an|the|our|my|one)\b/i;
/** "Should we still…", "…just to be safe": a "should" that doubts the proposal, as "worth it?" does. */
const DOUBTED_SHOULD = new RegExp(String.raw`${DOUBTING_SHOULD}|\bjust (?:to be safe|in case)\b`, 'i');

/** "What kind of model do we need", "which one should we use": the cue inside a question for a thing, not about a proposal. */
const ASKS_FOR_A_THING = /\b(?:what|which|how many|how much|how big|where|who)\b[^.?!,;:]*$/i;

/** "Is an API workable, or do we need open source on-prem?": a cue after "or" puts the second side of an either/or, not a proposal. */
const OR_BEFORE = /\bor\s*$/i;

function cueOutsideWhQuestion(re: RegExp, text: string): boolean {
  const m = re.exec(text);
  return m !== null && !ASKS_FOR_A_THING.test(text.slice(0, m.index)) && !OR_BEFORE.test(text.slice(0, m.index));
}

/** The sentence that puts the proposal: "someone wants to train our own model from scratch". */
const PROPOSES = /\b(?:wants?|suggest(?:s|ed)?|propos(?:es|ed)|thinks? we should|(?:is |are )?pushing for|plans? to|insists? on)\b/i;

/** The clause that puts the proposal: "someone wants to train our own model", "should we still fine-tune it". */
function proposalClause(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const put = sentences.find((s) => PROPOSES.test(s));
  if (put) return put;
  for (const cue of [WORTH, OVERKILL, SHOULD]) {
    const sentence = sentences.find((s) => cue.test(s));
    if (!sentence) continue;
    // "is a reasoning model overkill for…": the thing weighed comes before the cue.
    if (cue === OVERKILL) return sentence.split(/\bfor\b/i)[0];
    const at = cue.exec(sentence)!;
    // "Is fine-tuning worth it?": what is weighed comes before "worth it", after the clause's opening word.
    const from = cue === WORTH && /^worth it\b/i.test(at[0]) ? sentence.lastIndexOf(',', at.index) + 1 : at.index;
    const put = sentence.slice(from).split(/\b(?:if|when|since|because|given)\b|,/i)[0]!;
    // "Would fine-tuning make sense for our contracts bot?", "does it make sense to fine-tune for our
    // bot?": what it is for is the situation, not the proposal.
    if (!/\bsense\b/i.test(at[0])) return put;
    const rest = put.slice(at[0].length);
    if (!/\bfor$/i.test(at[0])) return at[0] + rest.split(/\bfor\b/i)[0]!;
    // "…make sense for us to train our own model?" puts the proposal after who it is for.
    return /^\s*(?:us|me|them|you|our team|a team like ours)\s+to\b/i.test(rest) ? put : `${at[0].replace(/\s+for$/i, '')} `;
  }
  return undefined;
}

/** The proposal cues of a question's text. */
export function readProposalCues(text: string): ProposalCues {
  const asked = FOR_IT.test(text) || AGAINST_IT.test(text) || cueOutsideWhQuestion(WORTH, text) || OVERKILL.test(text) || cueOutsideWhQuestion(SHOULD, text);
  const lean = AGAINST_IT.test(text) || OVERKILL.test(text) ? 'against' : FOR_IT.test(text) || WORTH.test(text) || DOUBTED_SHOULD.test(text) ? 'for' : 'open';
  const clause = proposalClause(text);
  return { asked, lean, ...(clause !== undefined ? { clause } : {}) };
}
