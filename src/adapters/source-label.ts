import type { Source } from '../core/types.js';

/** "title › section", and the page for a PDF: how every platform names a source. */
export function sourceLabel(source: Source, { repeatTitle = true } = {}): string {
  const section = source.section && (repeatTitle || source.section !== source.title) ? ` › ${source.section}` : '';
  const page = source.page !== undefined ? ` (p. ${source.page})` : '';
  return `${source.title}${section}${page}`;
}
