import { mayBeGlued, segmentToken, type Vocabulary } from './glued-words.js';
import { renderRow } from './table-rows.js';

/**
 * Tables whose column separators were lost ("ModelDeveloperTypeContext Window…" above rows such as
 * "GPT-5OpenAIProprietary128K tokens27%…"). The header gives the column count; each row is cut at
 * its lost boundaries and rendered "Model: GPT-5; Developer: OpenAI; …". A row that cannot be
 * matched to the header still gets its word boundaries back.
 */

interface GluedCells {
  cells: string[];
  /** Strength of each boundary between cells (cells.length - 1 entries). */
  strengths: number[];
}

/** Cuts a line at lost boundaries only: words separated by spaces stay in one cell. */
export function gluedCells(line: string, vocabulary: Vocabulary): GluedCells {
  const cells: string[] = [''];
  const strengths: number[] = [];
  for (const token of line.trim().split(/\s+/)) {
    if (!token) continue;
    const { pieces, strengths: inner } = segmentToken(token, vocabulary);
    const last = cells.length - 1;
    cells[last] = cells[last] ? `${cells[last]} ${pieces[0]}` : pieces[0]!;
    for (let k = 1; k < pieces.length; k++) {
      strengths.push(inner[k - 1]!);
      cells.push(pieces[k]!);
    }
  }
  return { cells, strengths };
}

/** Header cells, if `line` looks like a run-together header: short labels, no sentence punctuation. */
function headerCells(line: string, vocabulary: Vocabulary): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.length < 4 || trimmed.length > 200 || /[.!?;:,]$/.test(trimmed)) return undefined;
  const { cells } = gluedCells(trimmed, vocabulary);
  if (cells.length < 2) return undefined;
  const labelLike = (cell: string) =>
    cell.length <= 40 && cell.split(' ').length <= 5 && !/[.;!?,:]/.test(cell.replace(/\([^)]*\)/g, ''));
  return cells.every(labelLike) ? cells : undefined;
}

/** Exactly `n` cells for a row, keeping the n - 1 surest boundaries (earliest first); else undefined. */
function fitRow({ cells, strengths }: GluedCells, n: number): string[] | undefined {
  if (cells.length === n) return cells;
  if (cells.length < n) return undefined;
  const keep = new Set(
    strengths
      .map((_, k) => k)
      .sort((x, y) => strengths[y]! - strengths[x]! || x - y)
      .slice(0, n - 1),
  );
  const merged = [cells[0]!];
  for (let k = 0; k < strengths.length; k++) {
    if (keep.has(k)) merged.push(cells[k + 1]!);
    else merged[merged.length - 1] += cells[k + 1]!; // a name like "VBench": the cut was wrong
  }
  return merged;
}

function isListItem(line: string): boolean {
  return /^\s*(?:[-*+•]|\d+[.)])\s/.test(line);
}

export interface GluedTable {
  /** Index just past the table's last row. */
  end: number;
  rows: string[];
}

/**
 * Reads a run-together table starting at `lines[start]` (its header), up to the next blank line.
 * Undefined unless the header splits into labels and at least half the rows show lost boundaries.
 * `vocabulary` may be a function: it is then only built when a line looks like a header.
 */
export function readGluedTable(
  lines: readonly string[],
  start: number,
  vocabulary: Vocabulary | (() => Vocabulary),
): GluedTable | undefined {
  const first = lines[start] ?? '';
  if (first.length > 200 || !mayBeGlued(first) || !(lines[start + 1] ?? '').trim()) return undefined;
  const words = typeof vocabulary === 'function' ? vocabulary() : vocabulary;
  return readTable(lines, start, words);
}

function readTable(lines: readonly string[], start: number, vocabulary: Vocabulary): GluedTable | undefined {
  const header = headerCells(lines[start] ?? '', vocabulary);
  if (!header) return undefined;
  let end = start + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && !isListItem(lines[end]!)) end++;
  const body = lines.slice(start + 1, end).map((line) => gluedCells(line, vocabulary));
  if (body.length === 0) return undefined;
  const glued = body.filter((row) => row.cells.length > 1).length;
  if (glued * 2 < body.length) return undefined;
  const rows = body.map((row) => {
    const fitted = fitRow(row, header.length);
    return fitted ? renderRow(header, fitted) : row.cells.join(' ');
  });
  return { end, rows };
}
