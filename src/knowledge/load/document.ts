import type { DocumentFormat, KnowledgeDocument, SourceRef } from '../types.js';
import type { DocumentMetadata } from './metadata.js';

/** "concepts/model-families.md" → "Model families". */
export function humaniseFileName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : path;
}

/**
 * A document's fields. Title: front matter, else the first of `titles` given (first heading, or a
 * text file's title line), else the file name. Without `source:` but with an `author:`, the
 * document is its own source (a collected article), so answers can still name who wrote it.
 */
export function createDocument(
  path: string,
  format: DocumentFormat,
  metadata: DocumentMetadata,
  titles: ReadonlyArray<string | undefined> = [],
): KnowledgeDocument {
  const title = metadata.title ?? titles.find((t) => t && t.trim()) ?? humaniseFileName(path);
  let sources: SourceRef[] = metadata.sources;
  if (sources.length === 0 && metadata.author) {
    sources = [{ title, author: metadata.author, ...(metadata.date ? { date: metadata.date } : {}), ...(metadata.url ? { url: metadata.url } : {}) }];
  }
  // A document of several sources has no one URL: its sections cite their own (see sectionSource).
  const url = metadata.url ?? (sources.length === 1 ? sources[0]!.url : undefined);
  return { id: path, path, title, ...(url ? { url } : {}), sources, tags: metadata.tags, format };
}
