/**
 * Heading detection for plain text, where headings are just short lines: "How a Model Learns",
 * "Type 2: Diffusion models", "What is a "model family"?". A line is a heading when it is shaped
 * like one, sits where a heading can (after a blank line or a finished sentence) and is followed
 * by body text (or, across a blank line, by another heading).
 */

/** One line-level unit of a plain-text document. */
export type TextUnit =
  | { kind: 'blank' }
  | { kind: 'line'; text: string }
  | { kind: 'list'; text: string }
  | { kind: 'table'; text: string }
  /** A line known to be a heading whatever its neighbours ("Written by" above an author's bio). */
  | { kind: 'heading'; text: string };

const MAX_HEADING_WORDS = 12;
/** Questions run longer: "How Should a Small Team Pick a Model for Long Scanned Contracts?" */
const MAX_QUESTION_WORDS = 16;
const QUESTION = /^(?:what|how|why|which|when|where|who|should|can|could|do|does|is|are|will|would)\b.*\?$/i;

/** True for a short line with no sentence-final punctuation that starts like a title. */
export function isHeadingShaped(line: string): boolean {
  if (line.length < 2 || line.length > 120) return false;
  if (/[.,;:!]$/.test(line) || !/\p{L}/u.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"“'‘]/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= (QUESTION.test(line) ? MAX_QUESTION_WORDS : MAX_HEADING_WORDS);
}

/** True for a line that can close a paragraph, so a heading may follow it directly. */
function endsSentence(text: string): boolean {
  return /[.!?:;"”’)]$/.test(text);
}

/** Marks which units are headings (see the module comment); linear, one backward pass. */
export function findHeadings(units: readonly TextUnit[]): boolean[] {
  const heading = new Array<boolean>(units.length).fill(false);
  let next = -1; // index of the next non-blank unit
  let blankBeforeNext = false;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    if (unit.kind === 'blank') {
      blankBeforeNext = true;
      continue;
    }
    if (unit.kind === 'heading') heading[i] = true;
    if (unit.kind === 'line' && isHeadingShaped(unit.text) && next >= 0) {
      const after = units[next]!;
      const bodyFollows = after.kind !== 'line' || !isHeadingShaped(after.text);
      const headingFollows = blankBeforeNext && heading[next]!;
      heading[i] = (bodyFollows || headingFollows) && canStartHere(units, i);
    }
    next = i;
    blankBeforeNext = false;
  }
  return heading;
}

function canStartHere(units: readonly TextUnit[], i: number): boolean {
  const before = units[i - 1];
  if (!before || before.kind !== 'line') return true; // start, blank line, list, table or heading
  return endsSentence(before.text);
}

/** Minor words that stay lowercase in Title Case. */
const MINOR_WORDS = new Set('a an the and or but nor of in on at to for by with from as vs vs. via per into over is are'.split(' '));

/**
 * True for Title Case ("What Are Foundation Models in Generative AI?"), false for sentence case
 * ("How transformers process and generate language"), undefined when a heading cannot tell.
 */
export function isTitleCase(heading: string): boolean | undefined {
  const words = heading
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return undefined;
  return !words.some((w) => /^\p{Ll}/u.test(w));
}

/**
 * Heading levels: articles often use Title Case for main headings and sentence case for the ones
 * under them. When the first heading is Title Case and others are not, sentence-case headings
 * become level 2; otherwise every heading is level 1.
 */
export function headingLevels(headings: readonly string[]): number[] {
  const cases = headings.map(isTitleCase);
  const nested = cases[0] === true && cases.includes(false);
  let previous = 1;
  return cases.map((titleCase) => {
    const level = !nested ? 1 : titleCase === undefined ? previous : titleCase ? 1 : 2;
    previous = level;
    return level;
  });
}
