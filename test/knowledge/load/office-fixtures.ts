/**
 * Builds the PDF and Word files the loader tests read, in our own words: real files made by pdf-lib
 * and docx, the libraries other programs use to write them, so the loader sees what a team's exports hold.
 */
import { crc32, deflateSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';

export interface PdfLineSpec {
  text: string;
  /** Font size in points (default 11, the body size). */
  size?: number;
  /** Space above the line in points (default: 1.3 × its size, as in a paragraph). */
  gap?: number;
}

export interface PdfSpec {
  /** The document information dictionary's Title. */
  title?: string;
  pages: PdfLineSpec[][];
}

/** A PDF with a text layer: each page's lines drawn top-down in Helvetica. */
export async function buildPdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (spec.title) pdf.setTitle(spec.title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of spec.pages) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    for (const line of lines) {
      const size = line.size ?? 11;
      y -= line.gap ?? size * 1.3;
      page.drawText(line.text, { x: 56, y, size, font });
    }
  }
  return pdf.save();
}

/** Lines of body text: a paragraph, each line right below the one before. */
export const paragraph = (...lines: string[]): PdfLineSpec[] => lines.map((text, i) => ({ text, gap: i === 0 ? 24 : 14 }));

/** A PDF that opens only with a password: its encryption dictionary's checks fail for the empty one. */
export async function buildEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await buildPdf({ pages: [paragraph('Locked away from every reader.')] }));
  const context = pdf.context;
  const fill = (byte: string) => PDFHexString.of(byte.repeat(32));
  const encrypt = context.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -44 });
  encrypt.set(PDFName.of('O'), fill('5a'));
  encrypt.set(PDFName.of('U'), fill('c3'));
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([PDFHexString.of('0f'.repeat(16)), PDFHexString.of('0f'.repeat(16))]);
  return pdf.save({ useObjectStreams: false });
}

/** A grey PNG of `width` × `height` pixels: what a scanner's page image is to a PDF. */
function greyPng(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0xc0);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter byte per row
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A scanned document: every page one image, no text layer. */
export async function buildScannedPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(greyPng(60, 80));
  for (let n = 0; n < pages; n++) pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return pdf.save();
}

/** A PDF whose `scanned` pages (1-based) are images and whose others have text. */
export async function buildPartlyScannedPdf(pages: PdfLineSpec[][], scanned: number[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await buildPdf({ pages }));
  const image = await pdf.embedPng(greyPng(60, 80));
  for (const n of scanned) pdf.insertPage(n - 1, [595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return pdf.save();
}

export type DocxBlock = { heading: 1 | 2 | 3; text: string } | { text: string; bold?: string };

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A Word document: headings in Word's Heading styles, paragraphs optionally opening with a bold term. */
export async function buildDocx(spec: { title?: string; blocks: DocxBlock[] }): Promise<Uint8Array> {
  const children = spec.blocks.map((block) =>
    'heading' in block
      ? new Paragraph({ text: block.text, heading: HEADINGS[block.heading] })
      : new Paragraph({ children: [...(block.bold ? [new TextRun({ text: block.bold, bold: true })] : []), new TextRun(block.text)] }),
  );
  const doc = new Document({ ...(spec.title ? { title: spec.title } : {}), sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
