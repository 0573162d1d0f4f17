/**
 * Writes `count` PDFs of team notes into a folder, as a team's exported policies and papers look to the
 * loader: a title, numbered pages, section headings in a larger font and wrapped paragraphs of body
 * text. Made with pdf-lib from the same word lists as the Markdown knowledge bases; deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { capital, sentence } from './kb-generate.js';
import { CONCEPTS, createLexicon, createRandom, MODELS, TEAMS } from './kb-words.js';

export interface GeneratedPdfs {
  files: number;
  pages: number;
  bytes: number;
}

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 56;

/** Splits text into lines that fit the page width at `size`. */
function wrap(text: string, font: PDFFont, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > WIDTH - 2 * MARGIN && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function generatePdfs(dir: string, count: number, seed = 7): Promise<GeneratedPdfs> {
  const rng = createRandom(seed);
  const lexicon = createLexicon(rng, 5_000);
  const name = () => lexicon[rng.zipf(lexicon.length)]!;
  mkdirSync(dir, { recursive: true });
  let pages = 0;
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const pdf = await PDFDocument.create();
    const title = `${capital(rng.pick(CONCEPTS))} with ${rng.pick(MODELS)}: ${rng.pick(TEAMS)} review ${n}`;
    pdf.setTitle(title);
    const body = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    let page: PDFPage = pdf.addPage([WIDTH, HEIGHT]);
    let y = HEIGHT - MARGIN;
    const draw = (text: string, font: PDFFont, size: number, before: number) => {
      if (y - before < MARGIN + 30) {
        page.drawText(String(pdf.getPageCount()), { x: WIDTH / 2, y: MARGIN / 2, size: 9, font: body });
        page = pdf.addPage([WIDTH, HEIGHT]);
        y = HEIGHT - MARGIN;
      }
      y -= before;
      page.drawText(text, { x: MARGIN, y, size, font });
    };
    draw(title.slice(0, 70), bold, 20, 20);
    for (let s = rng.int(6, 14); s > 0; s--) {
      draw(`${capital(rng.pick(CONCEPTS))} for ${name()}`, bold, 14, 30);
      for (let p = rng.int(1, 3); p > 0; p--) {
        const text = Array.from({ length: rng.int(3, 6) }, () => sentence(rng, name)).join(' ');
        wrap(text, body, 11).forEach((line, i) => draw(line, body, 11, i === 0 ? 22 : 14));
      }
    }
    page.drawText(String(pdf.getPageCount()), { x: WIDTH / 2, y: MARGIN / 2, size: 9, font: body });
    const saved = await pdf.save();
    writeFileSync(join(dir, `${String(n).padStart(4, '0')}-review.pdf`), saved);
    pages += pdf.getPageCount();
    bytes += saved.length;
  }
  return { files: count, pages, bytes };
}
