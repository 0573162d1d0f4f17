/**
 * A message that sets out its background first and asks last: "Our investors keep asking whether
 * we build on one. Could you explain what a foundation model is?", "for the board paper I'm
 * drafting: what is a token?". The background says why the asker wants to know; the last clause
 * says what they want to know, and names its own subject.
 */
import { clauses } from './clean.js';
import type { Intent } from './intent/examples.js';
import type { Understanding } from './types.js';

/** A clause that asks: a question mark, or an opening question word, auxiliary or request verb. */
const ASKS = /\?\s*$|^(?:(?:so|ok|okay|and|but|now|anyway|basically)[\s,]+)?(?:what|whats|what's|how|why|which|who|when|where|is|are|does|do|did|can|could|would|should|will|explain|define|describe|tell|walk|give|help)\b/i;

/** "…for the board paper: what is a token?": a colon before a question word ends the background. */
const COLON_ASK = /:\s+(?=(?:what|whats|what's|how|why|which|who|where|is|are|does|do|can|could|would|explain|define|describe|tell)\b)/gi;

/**
 * An ask about a subject's nature, workings or reasons, worded so: "what is…", "what does… mean",
 * "could you explain…", "how does… work", "why do…". Not a pick's bare words ("what video model?",
 * "which benchmark?", "what kind of llm is that"), which lean on the background for their need.
 */
const ASKS_ABOUT = /^(?:(?:so|ok|okay|and|but|now|anyway|basically)[\s,]+)?(?:(?:could|can|would) you\s+(?:please\s+)?|please\s+)?(?:(?:what's|whats|what\s+(?:is|are|does|do))\s+(?!(?:kinds?|types?|sorts?)\s+of\b|(?:we|i|you|us|our|my)\b)|explain\b|define\b|describe\b|tell me\b|walk me through\b|how\s+(?:does|do|is|are|did)\b|why\s+(?:does|do|is|are|did|can|would)\b)/i;

/** A word pointing back at a thing the background named ("what does it mean?"); "them", "they" may be people the background names. */
const POINTS_BACK = /\b(?:it|this|that)\b/i;

export interface Background {
  /** The statements before the ask, as written. */
  context: string;
  /** The last clause, the one that asks. */
  ask: string;
  /** Whether the background is a clause of the ask's own sentence ("For a board paper, what is X?"), not sentences before it. */
  sameSentence: boolean;
}

/**
 * The background and the ask of a message whose statements come first and whose last clause alone
 * asks. Undefined for a single clause, for an ask that is not last, and when an earlier clause asks
 * too ("what is X? how does it work?"): those are questions to read whole.
 */
export function splitBackground(text: string): Background | undefined {
  const colonSplit = text.replace(COLON_ASK, (m, at: number) => (text.slice(0, at).trim().split(/\s+/).length >= 3 ? '. ' : m));
  const parts = clauses(colonSplit);
  if (parts.length < 2) return undefined;
  const ask = parts[parts.length - 1]!;
  const before = parts.slice(0, -1);
  if (!ASKS.test(ask) || before.some((p) => ASKS.test(p))) return undefined;
  const context = before.join(' ');
  if (context.split(/\s+/).length < 3) return undefined;
  const sameSentence = !/[.;!]$/.test(before[before.length - 1]!);
  // In the ask's own sentence only a purpose or reason is background ("For a board paper I'm drafting, what is X?"), not a set-aside ("other than images, what…").
  if (sameSentence && !/^(?:for|as|since|because|given)\b/i.test(context)) return undefined;
  return { context, ask, sameSentence };
}

/** Whether the ask points back at something only the background names ("what does it mean?"). */
export function pointsBack(ask: string): boolean {
  return POINTS_BACK.test(ask);
}

/** The ask with its pointing word replaced by the name of what the background named: "what does hallucination mean?". */
export function withReferent(ask: string, name: string): string {
  return ask.replace(POINTS_BACK, name);
}

/** Asks about a subject's nature, workings, uses or limits: what the background cannot change. */
const EXPLAINS: ReadonlySet<Intent> = new Set(['definition', 'how', 'uses', 'limitations', 'examples', 'why']);

/** The subjects a reading names: its concepts, models and articles. */
const subjectsOf = (u: Understanding) => [...u.concepts, ...u.models, ...u.articles];

/** Whether a reading searches for what it asks about: a word it searches for in full, with no word the knowledge lacks. */
const namesSubject = (u: Understanding) => u.unknownTerms.length === 0 && u.terms.some((t) => t.weight >= 1 && !t.term.startsWith('~'));

/**
 * The message read from its ask alone, when background comes first and the ask explains a subject
 * it names itself (or points back at the one subject the background names): the background sets
 * neither the subject nor the search. `read` understands a text as a question on its own. Undefined
 * when the message is best read whole: a pick, a verdict or a figure, which the background's needs
 * may shape, or an opener in the same sentence that narrows the subject ("For image models, what is
 * LoRA used for?").
 */
export function readApartFromBackground(whole: Understanding, read: (text: string) => Understanding): Understanding | undefined {
  const split = whole.followUp ? undefined : splitBackground(whole.text);
  if (!split || !ASKS_ABOUT.test(split.ask)) return undefined;
  const wholeSubjects = subjectsOf(whole);
  // "…raises hallucination as a risk. What does it mean?": the one subject the background names is the one asked about.
  const named = [...whole.concepts, ...whole.models];
  const referent = wholeSubjects.length === 1 && named.length === 1 ? named[0]!.name : undefined;
  if (pointsBack(split.ask) && !referent) return undefined;
  const alone = read(pointsBack(split.ask) ? withReferent(split.ask, referent!) : split.ask);
  const aloneSubjects = subjectsOf(alone);
  // A subject found only by its words ("what is a transformer?" where no concept has that name) only when the background names none either.
  const namesOwn = aloneSubjects.length > 0 || (wholeSubjects.length === 0 && namesSubject(alone));
  if (!namesOwn || !EXPLAINS.has(alone.intent) || alone.outOfScope) return undefined;
  if (split.sameSentence && wholeSubjects.some((s) => !aloneSubjects.includes(s))) return undefined;
  return { ...alone, asked: whole.asked };
}
