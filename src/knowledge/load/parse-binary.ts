/**
 * The formats read from bytes rather than text: PDF (pdf.ts, pdf-structure.ts) and Word (docx.ts,
 * then html.ts). Every way such a file can fail to load is a warning naming why, and the file is
 * skipped: a password, a scan without a text layer, a corrupt file.
 */
import { createDocument } from './document.js';
import { readDocx } from './docx.js';
import { parseHtml } from './html.js';
import { fromHtml, withPassages, type ParsedFile, type ParseOptions } from './parse-file.js';
import { createPassages } from './passages.js';
import { readPdfText } from './pdf.js';
import { structurePdf } from './pdf-structure.js';
import { createWarning } from './problems.js';

const EMPTY = { passages: [], models: [], synonyms: [] };

function pageList(pages: readonly number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
}

async function parsePdf(path: string, bytes: Uint8Array, options: ParseOptions): Promise<ParsedFile> {
  const skip = (message: string): ParsedFile => ({ ...EMPTY, problems: [createWarning(path, message)] });
  const pdf = await readPdfText(bytes);
  if (pdf.kind === 'encrypted') return skip('encrypted PDF: it needs a password to open; skipped (save an unprotected copy to load it)');
  if (pdf.kind === 'unreadable') return skip(`not a readable PDF (${pdf.reason}); skipped`);
  if (pdf.lines.length === 0) {
    return skip(`no text layer (${pdf.pages === 1 ? 'its page is' : `all ${pdf.pages} pages are`} images only, as in a scan); skipped: run it through OCR first`);
  }
  const problems = pdf.blankPages.length > 0 ? [createWarning(path, `page${pdf.blankPages.length === 1 ? '' : 's'} ${pageList(pdf.blankPages)} of ${pdf.pages} have no text layer (scanned images?) and are not indexed`)] : [];
  const structure = structurePdf(pdf.lines, pdf.pages);
  const document = createDocument(path, 'pdf', { tags: [], sources: [], defines: [], ...(pdf.title ? { title: pdf.title } : {}) }, [structure.firstHeading]);
  const passages = createPassages(document, structure.sections, options.maxPassageChars ? { maxChars: options.maxPassageChars } : {});
  return withPassages(document, passages, problems);
}

async function parseWord(path: string, bytes: Uint8Array, options: ParseOptions): Promise<ParsedFile> {
  const docx = await readDocx(bytes);
  if (docx.kind === 'unreadable') return { ...EMPTY, problems: [createWarning(path, `not a readable Word file (${docx.reason}); skipped`)] };
  return fromHtml(path, 'docx', parseHtml(docx.html), options.maxPassageChars ? { maxChars: options.maxPassageChars } : {}, docx.title);
}

/** Parses a PDF or Word file from its bytes. Never throws. */
export async function parseKnowledgeBytes(path: string, format: 'pdf' | 'docx', bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedFile> {
  try {
    return format === 'pdf' ? await parsePdf(path, bytes, options) : await parseWord(path, bytes, options);
  } catch (error) {
    // A parser bug or a file built to trip one: this file is skipped, the others load.
    return { ...EMPTY, problems: [createWarning(path, `could not read this ${format === 'pdf' ? 'PDF' : 'Word file'} (${error instanceof Error ? error.message : String(error)}); skipped`)] };
  }
}
