/**
 * The rules every answer text keeps, whatever plan made it: no sentence twice; no paragraph after
 * the first that opens by pointing back at text it does not have; no paragraph ending on a list's
 * lead-in; nothing past the length limit, a later paragraph left out rather than cut and a list cut
 * only between items, with the rest counted; no later list shown with its repeated items taken out; and when the asker set a
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

/**
 * Paragraphs within the limit: a later paragraph that does not fit whole is left out rather than cut,
 * and a list cut to fit keeps whole items and says how many it leaves out, so a lead-in announcing
 * five items never shows three as if they were all.
 */
export function fitParagraphs(paragraphs: readonly string[], max = MAX_ANSWER_CHARS): string {
  let out = '';
  for (const [i, p] of paragraphs.entries()) {
    const joined = out ? `${out}\n\n${p}` : p;
    if (joined.length <= max) {
      out = joined;
      continue;
    }
    if (i > 0) break;
    return fitList(p, max) ?? fit(p, max);
  }
  return out;
}

/** A paragraph whose list runs past the limit, cut after its last whole item with the rest counted; undefined when the cut falls before the list. */
function fitList(text: string, max: number): string | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => isListLine(l));
  if (first < 1) return undefined;
  const items = lines.length - first;
  for (let keep = items - 1; keep >= 1; keep--) {
    const shown = [...lines.slice(0, first + keep), `- …and ${items - keep} more.`].join('\n');
    if (shown.length <= max && lines.slice(first, first + keep).every((l) => isListLine(l))) return shown;
  }
  return undefined;
}

const isListLine = (s: string) => /^\s*(?:[-*•]|\d+[.)])\s/.test(s);

/** A paragraph whose list has a lead-in: a line ending in a colon before list lines ("…in five ways:"). */
const introducesList = (text: string) => text.split('\n').some((line, i, all) => !isListLine(line) && /:\s*$/.test(line) && isListLine(all[i + 1] ?? ''));

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

/** Where a list item's name ends: at what it is said to be or do (": …", ", which …", " — …"). */
const NAME_END = /:\s|,\s+(?:which|that|who|where|used|for|with|such)\b|\s+[—–]\s/;

/**
 * A list item by its name only, as asked ("just the names"): "- **Sora 2** (OpenAI): cinematic
 * quality" → "- **Sora 2** (OpenAI)". An item whose name has no end it can be cut at stays whole.
 */
export function itemName(line: string): string {
  const item = /^(\s*(?:[-*•]|\d+[.)])\s+)(.*)$/.exec(line);
  if (!item) return line;
  const [, mark, body] = item as unknown as [string, string, string];
  const bold = /^\*\*[^*]+\*\*(?:\s*\([^)]*\))?/.exec(body);
  if (bold) return `${mark}${bold[0]}`;
  const end = NAME_END.exec(body);
  if (!end || end.index === 0 || body.slice(0, end.index).split(/\s+/).length > 8) return line;
  return `${mark}${body.slice(0, end.index).trim()}`;
}

/** A first paragraph's list items by name, with its lead-in; nothing after it. Undefined when it has no list. */
function namesOf(blocks: readonly Block[]): Block[] | undefined {
  const first = blocks[0];
  if (!first || !first.text.split('\n').some(isListLine)) return undefined;
  return [{ ...first, text: first.text.split('\n').map((l) => (isListLine(l) ? itemName(l) : l)).join('\n') }];
}

/** `namesOnly`: the asker wants a list's names only ("just the names"). */
export function composeText(all: readonly Block[], max = MAX_ANSWER_CHARS, maxSentences?: number, namesOnly = false): string {
  const blocks = (namesOnly && namesOf(all)) || all;
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const [b, block] of blocks.entries()) {
    if (maxSentences !== undefined && paragraphs.length > 0) break;
    let out = '';
    let repeatedItem = false;
    for (const piece of pieces(maxSentences === undefined ? block.text : firstSentences(block.text, maxSentences))) {
      const k = key(piece.text);
      if (!k) continue;
      if (k.length >= 20 && seen.has(k)) {
        repeatedItem ||= isListLine(piece.text);
        continue;
      }
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
    // A later list that repeats items of an earlier one would show what is left of it as if it were all.
    if (repeatedItem && paragraphs.length > 0 && introducesList(out)) continue;
    if (out.trim()) paragraphs.push(out.trim());
  }
  return fitParagraphs(paragraphs, max);
}
