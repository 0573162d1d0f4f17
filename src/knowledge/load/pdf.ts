/**
 * Reads a PDF's text layer with Mozilla's pdf.js (the `pdfjs-dist` legacy build, which runs in Node
 * without a browser): its metadata title and, page by page, its lines with their font size and
 * position. pdf-structure.ts turns the lines into sections.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** One line of text as laid out on its page. */
export interface PdfLine {
  text: string;
  /** Font size in points (the size most of the line's characters have). */
  size: number;
  /** Baseline, from the page's bottom. */
  y: number;
  page: number;
}

export type PdfText =
  | { kind: 'text'; title?: string; pages: number; lines: PdfLine[]; /** Pages without a text layer (scanned images). */ blankPages: number[] }
  | { kind: 'encrypted' }
  | { kind: 'unreadable'; reason: string };

const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Titles that tools write by themselves, which name nothing ("Microsoft Word - Document1", "untitled"). */
const PLACEHOLDER_TITLE = /^(?:untitled|document\d*|microsoft word\b.*|slide \d+|\S+\.(?:docx?|pdf|pptx?|odt|tex))$/i;

function sizeOf(item: TextItem): number {
  const [, , c = 0, d = 0] = item.transform as number[];
  return Math.round((Math.hypot(c, d) || item.height) * 2) / 2;
}

/** Groups a page's text items into lines: a new line at an end-of-line mark or a baseline change. */
function pageLines(items: readonly TextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let parts: string[] = [];
  let sizes = new Map<number, number>();
  let y: number | undefined;
  let endX = 0;
  const finish = () => {
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    if (text && y !== undefined) {
      const size = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
      lines.push({ text, size, y, page });
    }
    parts = [];
    sizes = new Map();
    y = undefined;
  };
  for (const item of items) {
    const size = sizeOf(item);
    const [, , , , x = 0, baseline = 0] = item.transform as number[];
    if (item.str) {
      if (y !== undefined && Math.abs(baseline - y) > Math.max(size, 1) * 0.5) finish();
      // Words drawn as separate items, with a gap between them but no space character.
      if (y !== undefined && x - endX > size * 0.15 && !/\s$/.test(parts.at(-1) ?? '') && !/^\s/.test(item.str)) parts.push(' ');
      parts.push(item.str);
      y ??= baseline;
      sizes.set(size, (sizes.get(size) ?? 0) + item.str.trim().length);
      endX = x + item.width;
    }
    if (item.hasEOL) finish();
  }
  finish();
  return lines;
}

/** Reads the text layer of a PDF. Never throws: a password or a broken file is a result. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js is loaded with the first PDF: a folder without any does not pay for it at start-up.
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl,
    verbosity: VerbosityLevel.ERRORS,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { kind: 'encrypted' };
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    const info = (await doc.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const rawTitle = typeof info?.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    const lines: PdfLine[] = [];
    const blankPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const found = pageLines(content.items.filter((i): i is TextItem => 'str' in i), n);
      if (found.length === 0) blankPages.push(n);
      lines.push(...found);
      page.cleanup();
    }
    const title = rawTitle && !PLACEHOLDER_TITLE.test(rawTitle) ? rawTitle : undefined;
    return { kind: 'text', ...(title ? { title } : {}), pages: doc.numPages, lines, blankPages };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await doc.destroy().catch(() => {});
  }
}
