import { createWarning } from './problems.js';
import { parseKnowledgeText, type ParsedFile, type ParseOptions } from './parse-file.js';
import { readKnowledgeFile } from './read-file.js';
import type { KnowledgeFile } from './walk.js';

export interface LoadedFile extends ParsedFile {
  path: string;
  /** sha256 of the file's bytes; absent when the file was not read as text. */
  digest?: string;
}

/** Reads and parses one file. Never throws: unreadable and binary files become warnings. */
export async function loadFile(file: KnowledgeFile, options: ParseOptions): Promise<LoadedFile> {
  const empty = { path: file.path, passages: [], models: [], synonyms: [] };
  const read = await readKnowledgeFile(file.absolutePath);
  if (read.kind === 'unreadable') return { ...empty, problems: [createWarning(file.path, `cannot read file (${read.reason}); skipped`)] };
  if (read.kind === 'binary') return { ...empty, problems: [createWarning(file.path, 'binary file; skipped')] };
  const parsed = parseKnowledgeText(file.path, file.format, read.text, options);
  const notes = read.notes.map((note) => createWarning(file.path, note));
  return { ...parsed, path: file.path, digest: read.digest, problems: [...notes, ...parsed.problems] };
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
