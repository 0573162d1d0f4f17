import { hasFrontMatter } from './front-matter.js';
import { collectVocabulary } from './glued-words.js';
import { readGluedTable } from './glued-table.js';
import { createSectionBuilder, type Section } from './section.js';
import { isPipeRow, renderPipeTable } from './table-rows.js';
import { findHeadings, headingLevels, type TextUnit } from './text-headings.js';

export interface ParsedText {
  /** The first line, when it reads as a title (it then heads every section's path). */
  title?: string;
  /** The first heading found, a fallback title. */
  firstHeading?: string;
  /** The author a byline names ("Written by Rakesh Patel", "By Jane Doe", "Author: …"). */
  author?: string;
  sections: Section[];
}

/** "Written by", "Author:", "By" and the like, in any case; the name after it must be capitalised. */
const BYLINE_LEAD = /^(?:written by|by|author:?|posted by)\s+/i;
const BYLINE_NAME = /^([A-Z][\p{L}.'-]+(?:\s+(?:&|and)?\s*[A-Z][\p{L}.'-]+){0,5})\s*$/u;
const PERSON = /^[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){1,3}$/u;
/** How many lines from the top a byline sits in: under the title and perhaps a subtitle. */
const TOP_LINES = 3;

interface Byline {
  author: string;
  /** The lines of a byline under the title: metadata, not a heading or text to answer from. */
  lines: number[];
}

/**
 * The author of an article from its byline: on the "Written by" or "Author:" line itself, on the line
 * after a bare "Written by", or after "By" under the title (elsewhere "By …" is too often a sentence).
 */
function bylineOf(lines: readonly string[]): Byline | undefined {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line) seen++;
    const lead = BYLINE_LEAD.exec(line);
    const inline = lead ? BYLINE_NAME.exec(line.slice(lead[0].length)) : null;
    const top = seen <= TOP_LINES;
    if (inline && (top || !/^by\s/i.test(line))) return { author: inline[1]!, lines: top ? [i] : [] };
    if (/^(?:written by|author|about the author)$/i.test(line)) {
      const next = lines.findIndex((l, k) => k > i && l.trim());
      // Lower down, "Written by" and the name head the author's bio, a section of its own.
      if (next > 0 && PERSON.test(lines[next]!.trim())) return { author: lines[next]!.trim(), lines: top ? [i, next] : [] };
    }
  }
  return undefined;
}

const BULLET = /^[•●▪◦‣∙·*]\s+/;
const LIST_ITEM = /^(?:-|\d{1,3}[.)])\s+/;
/** Share buttons and calls to action left over from a web page. */
const SOCIAL = /^-\s+(?:facebook|linkedin|twitter|x|email|e-mail|pinterest|reddit|whatsapp|share|print|copy link)$/i;
const BUTTON = /^\[[^\]]{1,80}\]$/;
/** The byline above an author's bio: it starts a section, so the bio does not end the last answer. */
const BYLINE = /^(?:written by|about the author|about the authors)$/i;

/** Trims lines, unifies bullets to "- ", drops page furniture and repeated lines. */
function normaliseLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(/[ \t\u00a0]+/g, ' ').replace(BULLET, '- ');
    if (SOCIAL.test(line) || BUTTON.test(line)) continue;
    if (line && line === lines[lines.length - 1]) continue; // "Rakesh Patel\nRakesh Patel"
    lines.push(line);
  }
  return lines;
}

/** Groups lines into units: blank lines, tables, list items and (unwrapped) lines. */
function toUnits(lines: readonly string[]): TextUnit[] {
  let vocabulary: Set<string> | undefined;
  const words = () => (vocabulary ??= collectVocabulary(lines));
  const units: TextUnit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) {
      units.push({ kind: 'blank' });
      continue;
    }
    if (isPipeRow(line) && isPipeRow(lines[i + 1] ?? '')) {
      let end = i;
      while (end < lines.length && isPipeRow(lines[end]!)) end++;
      units.push({ kind: 'table', text: renderPipeTable(lines.slice(i, end)).join('\n') });
      i = end - 1;
      continue;
    }
    const glued = i === 0 || !lines[i - 1] ? readGluedTable(lines, i, words) : undefined;
    if (glued) {
      units.push({ kind: 'table', text: glued.rows.join('\n') });
      i = glued.end - 1;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      units.push({ kind: 'list', text: line });
      continue;
    }
    if (BYLINE.test(line)) {
      units.push({ kind: 'heading', text: line });
      continue;
    }
    const previous = units[units.length - 1];
    // A hard-wrapped paragraph: this line continues the unfinished sentence above.
    if (previous?.kind === 'line' && /^\p{Ll}/u.test(line) && !/[.!?:;"”’)]$/.test(previous.text)) {
      previous.text += ` ${line}`;
      continue;
    }
    units.push({ kind: 'line', text: line });
  }
  return units;
}

function isShortLine(text: string): boolean {
  return text.length <= 80 && !/[.!?:;]$/.test(text);
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Removes a title-like first line (and a repeat of it just below); returns it. */
function takeTitle(units: TextUnit[]): string | undefined {
  const first = units.findIndex((u) => u.kind !== 'blank');
  const unit = units[first];
  if (!unit || unit.kind !== 'line') return undefined;
  const words = unit.text.split(/\s+/).length;
  if (unit.text.length > 150 || words > 20 || /[.,;:!]$/.test(unit.text) || !/^[\p{Lu}\p{N}"“]/u.test(unit.text)) return undefined;
  if (!units.slice(first + 1).some((u) => u.kind !== 'blank')) return undefined;
  units.splice(first, 1, { kind: 'blank' });
  for (let i = first + 1, seen = 0; i < units.length && seen < 3; i++) {
    const u = units[i]!;
    if (u.kind === 'blank') continue;
    seen++;
    if (u.kind === 'line' && comparable(u.text) === comparable(unit.text)) units.splice(i, 1, { kind: 'blank' });
  }
  return unit.text;
}

/**
 * Reads plain text: a title-like first line becomes the title, heading-like lines split sections
 * (Title Case over sentence case when both occur), tables become labelled rows, lines and
 * blank-line paragraphs become paragraphs, consecutive list items one list block.
 */
export function parseText(text: string): ParsedText {
  const lines = normaliseLines(text);
  const byline = bylineOf(lines);
  const author = byline?.author;
  for (const i of byline?.lines ?? []) lines[i] = '';
  const units = toUnits(lines);
  const title = takeTitle(units);
  const isHeading = findHeadings(units);
  const headingUnits = units.filter((_, i) => isHeading[i]) as Array<{ kind: string; text: string }>;
  const headingTexts = headingUnits.map((u) => u.text);
  const levels = headingLevels(headingTexts).map((level, k) => (headingUnits[k]!.kind === 'heading' ? 1 : level));
  const builder = createSectionBuilder(title ? [title] : []);
  // Consecutive list items form one block, as do runs of short unpunctuated lines (a sources list).
  let group: string[] = [];
  let groupKind: 'list' | 'short' | undefined;
  const flush = () => {
    if (group.length > 0) builder.block(group.join('\n'));
    group = [];
    groupKind = undefined;
  };
  let h = 0;
  units.forEach((unit, i) => {
    if (unit.kind === 'blank') return flush();
    if (isHeading[i]) {
      flush();
      return builder.heading(levels[h++]!, unit.text);
    }
    const kind = unit.kind === 'list' ? 'list' : unit.kind === 'line' && isShortLine(unit.text) ? 'short' : undefined;
    if (!kind || kind !== groupKind) flush();
    if (!kind) return builder.block(unit.text);
    group.push(unit.text);
    groupKind = kind;
  });
  flush();
  const firstHeading = headingUnits.find((u) => u.kind === 'line')?.text;
  return {
    ...(title ? { title } : {}),
    ...(firstHeading ? { firstHeading } : {}),
    ...(author ? { author } : {}),
    sections: builder.finish(),
  };
}

/** True when a "text" file is really Markdown: front matter, a `# Title` first line, or two ATX headings. */
export function looksLikeMarkdown(text: string): boolean {
  if (hasFrontMatter(text)) return true;
  if (/^\s*#{1,6}[ \t]+\S/.test(text)) return true;
  let headings = 0;
  for (const match of text.matchAll(/^#{1,6}[ \t]+\S/gm)) {
    if (match && ++headings >= 2) return true;
  }
  return false;
}
