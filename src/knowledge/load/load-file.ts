import { parseKnowledgeBytes } from './parse-binary.js';
import { createWarning } from './problems.js';
import { parseKnowledgeText, type ParsedFile, type ParseOptions } from './parse-file.js';
import { decodeText, looksBinary, readKnowledgeBytes } from './read-file.js';
import type { KnowledgeFile } from './walk.js';

export interface LoadedFile extends ParsedFile {
  path: string;
  /** sha256 of the file's bytes; absent when the file was not read. */
  digest?: string;
}

export interface LoadFileOptions extends ParseOptions {
  /** Larger files are skipped unread (default DEFAULT_MAX_FILE_BYTES). */
  maxFileBytes?: number;
}

/** The largest file the loader reads, 25 MB: past it, a PDF's or a page's text is rarely worth the memory. */
export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads and parses one file. Never throws: unreadable, oversized and binary files become warnings. */
export async function loadFile(file: KnowledgeFile, options: LoadFileOptions): Promise<LoadedFile> {
  const empty = { path: file.path, passages: [], models: [], synonyms: [] };
  const skip = (message: string): LoadedFile => ({ ...empty, problems: [createWarning(file.path, message)] });
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (file.bytes !== undefined && file.bytes > limit) {
    return skip(`too large (${megabytes(file.bytes)}; files over ${megabytes(limit)} are not loaded); skipped`);
  }
  const read = await readKnowledgeBytes(file.absolutePath);
  if (read.kind === 'unreadable') return skip(`cannot read file (${read.reason}); skipped`);
  if (file.format === 'pdf' || file.format === 'docx') {
    const parsed = await parseKnowledgeBytes(file.path, file.format, read.bytes, options);
    return { ...parsed, path: file.path, digest: read.digest };
  }
  if (looksBinary(read.bytes)) return skip('binary file; skipped');
  const { text, notes } = decodeText(read.bytes);
  const parsed = parseKnowledgeText(file.path, file.format, text, options);
  return { ...parsed, path: file.path, digest: read.digest, problems: [...notes.map((note) => createWarning(file.path, note)), ...parsed.problems] };
}

/** Runs `task` over `items` with at most `limit` running at once (file reads: bounded descriptors). */
export async function forEachLimit<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
