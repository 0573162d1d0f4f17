import type { KnowledgeDocument, Passage, SourceRef } from '../types.js';
import { aspectOfHeading } from './aspects.js';
import { definesFromHeading, definesFromText, unique } from './defines.js';
import type { Section } from './section.js';

/** Sections longer than this many characters are split at paragraph boundaries. Default 1,500. */
export const DEFAULT_MAX_PASSAGE_CHARS = 1500;

interface Piece {
  text: string;
  /** How the piece attaches to the one before it in the same passage. */
  joiner: string;
}

/** Splits a single over-long line at sentence ends, or (a sentence too long) at a space. */
function splitLine(line: string, max: number, joiner: string): Piece[] {
  const sentences = line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“(])/u);
  const pieces: Piece[] = [];
  for (let sentence of sentences) {
    while (sentence.length > max) {
      const cut = sentence.lastIndexOf(' ', max);
      const at = cut > max / 2 ? cut : max;
      pieces.push({ text: sentence.slice(0, at).trim(), joiner: pieces.length ? ' ' : joiner });
      sentence = sentence.slice(at).trim();
    }
    if (sentence) pieces.push({ text: sentence, joiner: pieces.length ? ' ' : joiner });
  }
  return pieces;
}

/** A block as pieces small enough to fit: whole, or its lines (list items, table rows), or sentences. */
function piecesOf(block: string, max: number): Piece[] {
  if (block.length <= max) return [{ text: block, joiner: '\n\n' }];
  return block.split('\n').flatMap((line, i) => splitLine(line, max, i === 0 ? '\n\n' : '\n'));
}

/** Groups a section's blocks into passage texts of at most `max` characters, evenly sized. */
export function chunkBlocks(blocks: readonly string[], max: number): string[] {
  const pieces = blocks.flatMap((block) => piecesOf(block, max));
  const total = pieces.reduce((sum, p, i) => sum + p.text.length + (i ? p.joiner.length : 0), 0);
  const target = total / Math.ceil(total / max);
  // remaining[k]: the characters from piece k to the end, so a short tail joins the last passage.
  const remaining: number[] = [];
  for (let k = pieces.length - 1, sum = 0; k >= 0; k--) remaining[k] = sum += pieces[k]!.text.length + pieces[k]!.joiner.length;
  const chunks: string[] = [];
  let current = '';
  for (const [k, piece] of pieces.entries()) {
    const added = current ? current.length + piece.joiner.length + piece.text.length : piece.text.length;
    if (current && (added > max || (current.length >= target && current.length + remaining[k]! > max))) {
      chunks.push(current);
      current = piece.text;
    } else {
      current = current ? current + piece.joiner + piece.text : piece.text;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * The article a section draws on: its `<!-- source: … -->` marker (a 1-based number, or a piece of a
 * source's title, publisher or author that names exactly one), else the document's only source.
 */
export function sectionSource(document: KnowledgeDocument, marker: string | undefined): SourceRef | undefined {
  const sources = document.sources;
  if (!marker) return sources.length === 1 ? sources[0] : undefined;
  if (/^\d+$/.test(marker)) return sources[Number(marker) - 1];
  const needle = marker.toLowerCase();
  const named = sources.filter((s) => [s.title, s.publisher, s.author].some((f) => f?.toLowerCase().includes(needle)));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Turns a document's sections into passages: one per section, or several with the same heading
 * path when a section is long. A heading's terms go to the section's first passage; bold terms to
 * the passage they open; the document's own `defines` to its first passage.
 */
export function createPassages(
  document: KnowledgeDocument,
  sections: readonly Section[],
  options: { maxChars?: number; defines?: readonly string[] } = {},
): Passage[] {
  const max = options.maxChars ?? DEFAULT_MAX_PASSAGE_CHARS;
  const passages: Passage[] = [];
  for (const section of sections) {
    const blocks = section.blocks.filter((b) => b.trim().length > 0);
    if (blocks.length === 0) continue;
    const nearest = section.headings[section.headings.length - 1];
    const headingTerms = nearest ? definesFromHeading(nearest) : [];
    const aspect = nearest ? aspectOfHeading(nearest) : undefined;
    const source = sectionSource(document, section.source);
    // An HTML section's own anchor first, then the article it draws on, then the document's URL.
    const url = section.url ?? source?.url ?? document.url;
    chunkBlocks(blocks, max).forEach((text, k) => {
      const defines = unique([
        ...(passages.length === 0 ? (options.defines ?? []) : []),
        ...(k === 0 ? headingTerms : []),
        ...definesFromText(text),
      ]);
      passages.push({
        id: `${document.id}#${passages.length + 1}`,
        docId: document.id,
        path: document.path,
        docTitle: document.title,
        headings: [...section.headings],
        section: nearest ?? document.title,
        text,
        ...(url ? { url } : {}),
        ...(section.page !== undefined ? { page: section.page } : {}),
        tags: [...document.tags],
        defines,
        ...(aspect ? { aspect: aspect.aspect, ...(aspect.topic ? { topic: aspect.topic } : {}) } : {}),
        ...(source ? { source } : {}),
      });
    });
  }
  return passages;
}
