/**
 * How a yes/no question is put, read once for the verdict plans: the clause that asks it, whether it
 * doubts its claim and against what, whether it likens one thing to another ("is X just Y?", "another
 * word for…"), and what it asks of running a model ("is there a per-token fee?").
 */
import { asksVerdictOnPlan } from './verdict-ask.js';
import { DOUBT, doubtedAlternative, polarClause } from './polar.js';

export interface VerdictCues {
  /** The clause that asks yes or no ("…, does that mean it has NOT had…?"), when the question has one. */
  clause?: string;
  /** That clause doubts its claim ("do they really…", "actually"). */
  doubts: boolean;
  /** The alternative a doubting question sets against its claim ("…really reasoning or faking it?" → "faking it"). */
  alternative?: string;
  /** The question's terms once the alternative's words are taken out, when it has one: the claim's own words. */
  claimTerms?: readonly string[];
  /** It asks for a verdict on a plan ("is that a good plan?", "does this make sense?") outside a wh-question. */
  onPlan: boolean;
  /** What it asks of running a model: a per-use fee ("is there a per-token fee"), whether it is free, or whether it runs at all. */
  running: 'fee' | 'free' | 'runs';
  /** It names running a model oneself ("download", "self-host", "our own", "free"). */
  runsOwn: boolean;
  /** It offers two answers to choose from ("is it open source or do we pay per token?"), not yes or no. */
  eitherOr: boolean;
}

/** How a question likens two things ("is X just Y?", "is X another word for Y?"). */
export interface LikenessCues {
  /** Asks whether one name is another's ("another word for", "the same as", "synonym for"). */
  identity: boolean;
  /** Says "same" anywhere. */
  same: boolean;
  /** "Just a", "merely a", "basically a": whether one thing is nothing more than another. */
  justA: boolean;
  /** "Just", "basically", "essentially" before what is named, with no "or" in the clause that asks ("are they just base models?"). */
  plainJust: boolean;
  /** Says "than" (it weighs, rather than likens). */
  than: boolean;
  /** "Is an AI model basically just code?": what a thing is by nature, as the subject's and the predicate's words. */
  nature?: { subject: string; predicate: string };
}

/** Asks whether running it costs per use ("is there a per-token fee", "do we still pay per token"). */
const ASKS_FEE = /\b(?:is there|are there|any|do (?:we|i|you) (?:still |even )?(?:have to )?pay|would (?:we|i) (?:still )?pay|does it (?:still )?(?:cost|charge))\b.*\b(?:fees?|charges?|pay|paid|cost|costs|price|per[- ]token|licen[cs]e)\b/i;
/** Asks whether it is free ("is it free to run?"). */
/** …not free of something ("free of hallucinations", "bias-free"): that asks about the thing, not the cost. */
const ASKS_FREE = /(?<!-)\bfree\b(?!\s+(?:of|from)\b)/i;
/**
 * Two answers joined by "or" in the question's last sentence: "open source or pay per token", "open
 * weights or API only". Not "or not", "yes or no", "or something", nor a doubt and its alternative
 * ("really reasoning or faking it?": that is one claim, doubted).
 */
const EITHER_OR = /\b[\w-]+,?\s+or\s+(?!not\b|nah\b|no\b|nope\b|something\b|anything\b|whatever\b|what\b|is it\b|are they\b)[\w-]+/i;

function offersTwoAnswers(text: string): boolean {
  const last = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim()).pop() ?? '';
  return EITHER_OR.test(last) && !DOUBT.test(last) && !/\byes or no\b|\by\/n\b|\beither way\b/i.test(last);
}

const RUNS_OWN = /\b(?:download|run it|self-?host|our own)\b|(?<!-)\bfree\b(?!\s+(?:of|from)\b)/i;

const IDENTITY_QUESTION = /\b(?:another|a fancy|a different|a new|just a|just another|the same)\s+(?:word|name|term|label)\s+for\b|\bsame thing as\b|\bsynonym(?:ous)? (?:for|with)\b|\bthe same as\b|\b(?:and|&)\b.{1,80}\b(?:the same(?: thing)?|identical|interchangeable|synonyms|synonymous)\s*\??$/i;
/** "just a", "merely a", "basically a": whether one thing is nothing more than another. */
const JUST_A = /\b(?:just|merely|simply|basically|only)\s+(?:a|an)\s/i;
/** "just", "basically", "essentially" before whatever is named ("are they just base models?"). */
const JUST_ANY = /\b(?:just|merely|simply|basically|essentially)\s+\w|\bonly\s+(?:a|an)\s/i;
/** "Is an AI model basically just code?": what the thing is by nature, asked as "X just Y". */
const NATURE = /^(?:is|are|isn'?t|aren'?t)\s+(?:an?\s+|the\s+)?(.{2,60}?)\s+(?:(?:really|basically|essentially|actually)\s+)?(?:just|merely|simply|only|basically|essentially|nothing (?:more|but))\s+(?:than\s+)?(?:an?\s+|the\s+|some\s+)?(.{2,60}?)\s*$/i;

/**
 * "Would it be right to think of a model as ordinary software?", "can we see RAG as a kind of search?":
 * a yes/no on whether X is, by nature, Y, asked as a way of thinking of X. Mild qualifiers of Y
 * ("ordinary", "plain") are left out: the claim is that X is Y.
 */
export const THINK_OF_AS =
  /\b(?:(?:is|would|will)\s+it\s+(?:be\s+)?(?:right|fair|accurate|correct|ok|okay|reasonable)\s+to|(?:can|could)\s+(?:i|we|you|one))\s+(?:think\s+of|see|view|treat|regard|picture|describe|consider)\s+(?:an?\s+|the\s+)?(.{2,60}?)\s+as\s+(?:(?:just|merely|simply|basically|essentially)\s+)?(?:an?\s+|the\s+|some\s+)?(?:(?:ordinary|regular|normal|plain|conventional|traditional|usual|standard|simple)\s+)?(.{2,60}?)\s*$/i;

/** The verdict cues of a question's text; `terms` analyses words as the search index does. */
export function readVerdictCues(text: string, terms: (text: string) => string[]): VerdictCues {
  const clause = polarClause(text);
  const alternative = doubtedAlternative(text);
  return {
    ...(clause !== undefined ? { clause } : {}),
    doubts: DOUBT.test(clause ?? ''),
    ...(alternative ? { alternative, claimTerms: terms(text.replace(alternative, ' ')) } : {}),
    onPlan: asksVerdictOnPlan(text),
    running: ASKS_FEE.test(text) ? 'fee' : ASKS_FREE.test(text) ? 'free' : 'runs',
    runsOwn: RUNS_OWN.test(text),
    eitherOr: offersTwoAnswers(text),
  };
}

/** The likeness cues of a question's text. */
export function readLikenessCues(text: string): LikenessCues {
  const clause = polarClause(text);
  const asked = clause?.replace(/[?!.]+$/, '').trim() ?? '';
  const m = THINK_OF_AS.exec(asked) ?? NATURE.exec(asked);
  return {
    identity: IDENTITY_QUESTION.test(text),
    same: /\bsame\b/i.test(text),
    justA: JUST_A.test(text),
    plainJust: JUST_ANY.test(text) && !/\bor\b/i.test(clause ?? text),
    than: /\bthan\b/i.test(text),
    ...(m ? { nature: { subject: m[1]!, predicate: m[2]! } } : {}),
  };
}
