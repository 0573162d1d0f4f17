/**
 * Tables become one readable line per row, each cell labelled with its column:
 * "Model: GPT-5; Developer: OpenAI; Context Window: 128K tokens". A row read on its own (as a
 * search hit or a quote) still says what every value means.
 */

/** Renders one row; cells without a header (or a blank header) stay unlabelled. */
export function renderRow(header: readonly string[] | undefined, cells: readonly string[]): string {
  const parts: string[] = [];
  cells.forEach((cell, i) => {
    const value = cell.trim();
    if (!value) return;
    const label = header?.[i]?.trim();
    parts.push(label ? `${label}: ${value}` : value);
  });
  return parts.join('; ');
}

/** A Markdown table separator row: `|---|`, `| :-- | --: |`, `---|---`. */
export function isSeparatorRow(line: string): boolean {
  const trimmed = line.trim();
  return /-{2,}/.test(trimmed) && /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(trimmed);
}

/** True for a line that is a pipe-table row: starts with `|`. */
export function isPipeRow(line: string): boolean {
  return line.trimStart().startsWith('|');
}

/** The cells of `| a | b |` (or `a | b`); escaped pipes (`\|`) stay inside their cell. */
export function splitPipeRow(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replace(/\\\|/g, '|').trim());
  return cells;
}

/**
 * Renders the lines of a pipe table (header, separator, rows; separators may be broken, e.g. a lone
 * `|---|`). The first row is the header when a separator follows it.
 */
export function renderPipeTable(lines: readonly string[]): string[] {
  const hasHeader = lines.length > 1 && isSeparatorRow(lines[1]!);
  const rows = lines.filter((line) => !isSeparatorRow(line)).map(splitPipeRow);
  const header = hasHeader ? rows.shift() : undefined;
  return rows.map((cells) => renderRow(header, cells)).filter((row) => row.length > 0);
}
