/**
 * A PDF's lines as sections. Headings are the lines set in a larger font than the body text (the
 * largest size is level 1); a PDF in one size uses numbered headings ("2.1 Limits"); one with
 * neither becomes one section per page. Page numbers and running headers or footers (the same line
 * at the top or bottom of most pages) are dropped; lines join into paragraphs and list items, and
 * every section records the page its text starts on.
 */
import type { PdfLine } from './pdf.js';
import { createSectionBuilder, type Section } from './section.js';

export type HeadingStyle = 'font' | 'numbered' | 'pages';

export interface PdfStructure {
  firstHeading?: string;
  headingStyle: HeadingStyle;
  sections: Section[];
}

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u;
const BULLET = /^(?:[•●○◦▪■‣∙*–-]|(\d{1,2})[.)])\s+(.+)$/u;
const MAX_HEADING_CHARS = 150;

/**
 * Drops page numbers and the lines repeated at the top or bottom of most pages (running titles,
 * footers), digits aside ("Draft · page 3"). Lines larger than the body are kept: "Part 2" on each
 * page is a heading.
 */
function dropFurniture(lines: readonly PdfLine[], pages: number): PdfLine[] {
  const body = bodySize(lines);
  const key = (line: PdfLine) => line.text.toLowerCase().replace(/\d+/g, '#');
  const edges = new Set<PdfLine>();
  const byPage = new Map<number, PdfLine[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const seen = new Map<string, Set<number>>();
  for (const pageLines of byPage.values()) {
    for (const line of [...pageLines.slice(0, 2), ...pageLines.slice(-2)]) {
      edges.add(line);
      seen.set(key(line), (seen.get(key(line)) ?? new Set()).add(line.page));
    }
  }
  const repeated = (line: PdfLine) =>
    pages >= 3 && line.size <= body && edges.has(line) && (seen.get(key(line))?.size ?? 0) >= Math.max(3, pages * 0.6);
  return lines.filter((line) => !PAGE_NUMBER.test(line.text) && !repeated(line));
}

/** The font size most characters are set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  return [...chars].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

const headingLike = (line: PdfLine) => line.text.length <= MAX_HEADING_CHARS && /\p{L}/u.test(line.text);

/** How each line's heading level is decided: by font size, by numbering, or not at all. */
function headingLevels(lines: readonly PdfLine[]): { style: HeadingStyle; levelOf: (line: PdfLine) => number | undefined } {
  const body = bodySize(lines);
  const sizes = [...new Set(lines.filter((l) => l.size >= body + 1 && headingLike(l)).map((l) => l.size))]
    .sort((a, b) => b - a)
    .slice(0, 4);
  if (sizes.length > 0) {
    return { style: 'font', levelOf: (line) => (headingLike(line) && sizes.includes(line.size) ? sizes.indexOf(line.size) + 1 : undefined) };
  }
  const numbered = (line: PdfLine) => {
    const match = NUMBERED_HEADING.exec(line.text);
    return match && line.text.length <= 90 && !/[.,;:]$/.test(line.text) ? match[1]!.split('.').length : undefined;
  };
  if (lines.filter((l) => numbered(l) !== undefined).length >= 2) return { style: 'numbered', levelOf: numbered };
  return { style: 'pages', levelOf: () => undefined };
}

/** Joins a line onto the text before it, mending a word hyphenated across the break. */
function join(before: string, line: string): string {
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(line) ? before.slice(0, -1) + line : `${before} ${line}`;
}

export function structurePdf(allLines: readonly PdfLine[], pages: number): PdfStructure {
  const lines = dropFurniture(allLines, pages);
  const { style, levelOf } = headingLevels(lines);
  const builder = createSectionBuilder();
  let firstHeading: string | undefined;
  let paragraph: { text: string; page: number } | undefined;
  let list: { items: string[]; page: number } | undefined;

  const flush = () => {
    for (const block of [paragraph && { text: paragraph.text, page: paragraph.page }, list && { text: list.items.join('\n'), page: list.page }]) {
      if (!block) continue;
      builder.at({ page: block.page });
      builder.block(block.text);
    }
    paragraph = undefined;
    list = undefined;
  };
  const heading = (level: number, text: string) => {
    flush();
    firstHeading ??= text;
    builder.heading(level, text);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    const newPage = previous?.page !== line.page;
    if (style === 'pages' && newPage) heading(1, `Page ${line.page}`);
    const level = levelOf(line);
    if (level !== undefined) {
      let text = line.text;
      // A heading wrapped over two or three lines: the same size, right below.
      while (lines[i + 1] && lines[i + 1]!.page === line.page && lines[i + 1]!.size === line.size && levelOf(lines[i + 1]!) === level &&
        lines[i]!.y - lines[i + 1]!.y < line.size * 1.6 && text.length < MAX_HEADING_CHARS) text = join(text, lines[++i]!.text);
      heading(level, text);
      continue;
    }
    const gap = previous && !newPage ? previous.y - line.y : 0;
    const sameBlock = previous && (newPage
      ? !/[.!?:]$/.test(previous.text) && /^\p{Ll}/u.test(line.text) // a sentence running onto the next page
      : gap > 0 && gap < Math.max(previous.size, line.size) * 1.6 && Math.abs(previous.size - line.size) < 1);
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      if (paragraph || !sameBlock) flush();
      list ??= { items: [], page: line.page };
      list.items.push(`${bullet[1] ? `${bullet[1]}. ` : '- '}${bullet[2]}`);
    } else if (sameBlock && list) {
      list.items[list.items.length - 1] = join(list.items.at(-1)!, line.text);
    } else if (sameBlock && paragraph) {
      paragraph.text = join(paragraph.text, line.text);
    } else {
      flush();
      paragraph = { text: line.text, page: line.page };
    }
  }
  flush();
  return { ...(firstHeading ? { firstHeading } : {}), headingStyle: style, sections: builder.finish() };
}
