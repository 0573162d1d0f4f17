/**
 * The document loader: a knowledge folder in, a KnowledgeBase out.
 *
 * walk (walk.ts) → read + decode + repair mojibake (read-file.ts) → parse by format (parse-file.ts:
 * markdown.ts, text.ts, yaml-file.ts) → sections → passages (passages.ts, defines.ts).
 *
 * Decisions: problems are values (paths relative to the folder, 1-based lines), never exceptions,
 * except a missing folder. A broken file is skipped; in a catalog or synonyms file only the broken
 * entries are, so `kb:check` reports every problem in one run, and the app refuses to start on
 * any error. Catalog and synonyms files yield no documents or passages (the index renders catalog
 * models itself).
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { CatalogModel, KnowledgeBase, LoadProblem } from '../types.js';
import type { LocatedModel } from './catalog.js';
import { forEachLimit, loadFile, type LoadedFile } from './load-file.js';
import { DEFAULT_MAX_PASSAGE_CHARS } from './passages.js';
import { compareProblems, createError } from './problems.js';
import { listKnowledgeFiles } from './walk.js';

export { formatProblem } from './problems.js';
export { parseKnowledgeText, type ParsedFile, type ParseOptions } from './parse-file.js';

export interface LoadOptions {
  /** Called for each problem as it is found (warnings and errors); they are also in `kb.problems`. */
  onProblem?: (problem: KnowledgeBase['problems'][number]) => void;
  /** Files read at the same time. Default 8. */
  concurrency?: number;
  /** Longest passage, in characters, before a section is split. Default 1,500. */
  maxPassageChars?: number;
}

export const DEFAULT_LOAD_OPTIONS = { concurrency: 8, maxPassageChars: DEFAULT_MAX_PASSAGE_CHARS } as const;

async function assertDirectory(dir: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `knowledge folder not found: ${dir}` : `cannot read knowledge folder ${dir} (${code ?? String(error)})`);
  }
  if (!isDirectory) throw new Error(`knowledge folder is not a directory: ${dir}`);
}

/** Keeps the first model of each name (case-insensitive); a repeat is an error at its line. */
function uniqueModels(located: readonly LocatedModel[]): { models: CatalogModel[]; problems: LoadProblem[] } {
  const seen = new Map<string, LocatedModel>();
  const problems: LoadProblem[] = [];
  for (const entry of located) {
    const key = entry.model.name.trim().toLowerCase();
    const first = seen.get(key);
    if (!first) seen.set(key, entry);
    else problems.push(createError(entry.path, `duplicate model "${entry.model.name}" (first defined at ${first.path}${first.line ? `:${first.line}` : ''}); this entry is ignored`, entry.line));
  }
  return { models: [...seen.values()].map((e) => e.model), problems };
}

/**
 * Loads every Markdown, text and YAML file under `dir` into a knowledge base. Broken files are
 * reported in `kb.problems` (errors name the file and line) and skipped; only a missing or
 * unreadable `dir` throws, with a message naming it. `kb.hash` is a sha256 over the sorted paths
 * and each file's content digest, so it changes exactly when a loaded file does.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<KnowledgeBase> {
  const { onProblem, concurrency, maxPassageChars } = { ...DEFAULT_LOAD_OPTIONS, ...options };
  await assertDirectory(dir);
  const files = await listKnowledgeFiles(dir);
  const results = new Array<LoadedFile>(files.length);
  await forEachLimit(files, concurrency, async (file, index) => {
    const result = await loadFile(file, { maxPassageChars });
    results[index] = result;
    for (const problem of result.problems) onProblem?.(problem);
  });

  const hash = createHash('sha256');
  for (const result of results) if (result.digest) hash.update(`${result.path}\0${result.digest}\n`);
  const { models, problems: duplicates } = uniqueModels(results.flatMap((r) => r.models));
  for (const problem of duplicates) onProblem?.(problem);

  return {
    dir,
    documents: results.flatMap((r) => (r.document ? [r.document] : [])),
    passages: results.flatMap((r) => r.passages),
    models,
    synonyms: results.flatMap((r) => r.synonyms),
    concepts: results.flatMap((r) => r.concepts ?? []),
    problems: [...results.flatMap((r) => r.problems), ...duplicates].sort(compareProblems),
    loadedAt: new Date(),
    hash: hash.digest('hex'),
  };
}
