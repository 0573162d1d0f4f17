/**
 * Reads a Word (.docx) file: mammoth turns its body into HTML (Word's Heading 1–6 styles become
 * h1–h6, the Title style h1), which html.ts reads like any page; the title comes from the file's
 * own properties (docProps/core.xml), read with JSZip, the zip library mammoth itself uses.
 */
import type JSZip from 'jszip';

export type DocxContent = { kind: 'html'; html: string; title?: string } | { kind: 'unreadable'; reason: string };

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d{1,7});/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The `dc:title` of the document's core properties, when set. */
async function coreTitle(zip: JSZip): Promise<string | undefined> {
  const core = await zip.file('docProps/core.xml')?.async('string');
  const match = core && /<dc:title>([^<]{1,500})<\/dc:title>/.exec(core);
  const title = match ? decodeXmlText(match[1]!).replace(/\s+/g, ' ').trim() : '';
  return title || undefined;
}

/** Reads a .docx; never throws (a corrupt or non-Word file is a result with the reason). */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  // Loaded with the first Word file: a folder without any does not pay for them at start-up.
  const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth')]);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { kind: 'unreadable', reason: `not a zip archive (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!zip.file('word/document.xml')) return { kind: 'unreadable', reason: 'no word/document.xml inside: not a Word document' };
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
    const title = await coreTitle(zip).catch(() => undefined);
    return { kind: 'html', html: result.value, ...(title ? { title } : {}) };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}
