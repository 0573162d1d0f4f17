/**
 * The rules every answer text keeps, whatever plan made it: no sentence twice; no paragraph after
 * the first that opens by pointing back at text it does not have; no paragraph ending on a list's
 * lead-in; nothing past the length limit, cut at a sentence or line end; and when the asker set a
 * length ("in one line", "in 2 sentences"), the first paragraph's first sentences only, a list they
 * introduce kept whole.
 */
import { pointsBack } from '../evidence/sentences.js';
import type { Block } from '../plans/context.js';

/** Longest answer text the core returns. */
export const MAX_ANSWER_CHARS = 1500;

const SENTENCE = /(?<=[.!?])\s+(?=[A-Z0-9*"“(])|\n+/;

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/^[-•\d.)\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Cuts text to the limit at a line or sentence end. */
export function fit(text: string, max = MAX_ANSWER_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const end = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('. '));
  return end > max / 2 ? cut.slice(0, end + 1).trimEnd() : `${cut.trimEnd()}…`;
}

const isListLine = (s: string) => /^\s*(?:[-*•]|\d+[.)])\s/.test(s);

/** The pieces of a paragraph, keeping list lines whole: sentences of prose, and lines. */
function pieces(text: string): Array<{ text: string; sep: string }> {
  const out: Array<{ text: string; sep: string }> = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const sentences = isListLine(line) ? [line] : line.split(SENTENCE);
    sentences.forEach((s, j) => out.push({ text: s, sep: j === 0 ? (i === 0 ? '' : '\n') : ' ' }));
  });
  return out;
}

/** What an asked-for sentence holds at least: short sentences ("The generator creates fake data.") count together. */
const SENTENCE_CHARS = 100;

/** The first `n` sentences of a paragraph; a list the last of them introduces comes whole. */
function firstSentences(text: string, n: number): string {
  let out = '';
  let count = 0;
  for (const piece of pieces(text)) {
    const item = isListLine(piece.text);
    if (!item && count >= n && out.length >= n * SENTENCE_CHARS) break;
    if (item && !/:\s*$/.test(out) && !out.includes('\n')) break;
    if (!item) count++;
    out += (out ? piece.sep || ' ' : '') + piece.text;
  }
  return out;
}

export function composeText(blocks: readonly Block[], max = MAX_ANSWER_CHARS, maxSentences?: number): string {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const [b, block] of blocks.entries()) {
    if (maxSentences !== undefined && paragraphs.length > 0) break;
    let out = '';
    for (const piece of pieces(maxSentences === undefined ? block.text : firstSentences(block.text, maxSentences))) {
      const k = key(piece.text);
      if (!k) continue;
      if (k.length >= 20 && seen.has(k)) continue;
      // A later paragraph never opens on "This…", "It…", "However, …".
      if (!out && b > 0 && paragraphs.length > 0 && pointsBack(piece.text)) continue;
      seen.add(k);
      out += (out ? piece.sep || ' ' : '') + piece.text;
    }
    // A list's lead-in with no items after it says nothing.
    while (/:\s*$/.test(out)) {
      const cut = Math.max(out.lastIndexOf('\n'), out.lastIndexOf('. '));
      out = cut > 0 ? out.slice(0, cut + 1).trimEnd() : '';
    }
    if (out.trim()) paragraphs.push(out.trim());
  }
  return fit(paragraphs.join('\n\n'), max);
}
