/**
 * The document loader: a knowledge folder in, a KnowledgeBase out.
 *
 * walk (walk.ts) → read + decode + repair mojibake (read-file.ts) → parse by format (parse-file.ts:
 * markdown.ts, text.ts, yaml-file.ts, html.ts; parse-binary.ts: pdf.ts, docx.ts) → sections →
 * passages (passages.ts, defines.ts).
 *
 * Decisions: problems are values (paths relative to the folder, 1-based lines), never exceptions,
 * except a missing folder. A broken file is skipped; in a catalog or synonyms file only the broken
 * entries are, so `kb:check` reports every problem in one run, and the app refuses to start on
 * any error. Catalog and synonyms files yield no documents or passages (the index renders catalog
 * models itself). Nothing is skipped in silence: a file of a type the loader does not read, too
 * large, encrypted, without a text layer or corrupt is a warning saying so; a folder that gives
 * nothing to answer from is an error.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { CatalogModel, KnowledgeBase, LoadProblem } from '../types.js';
import type { LocatedModel } from './catalog.js';
import { DEFAULT_MAX_FILE_BYTES, forEachLimit, loadFile, type LoadedFile } from './load-file.js';
import { catalogNameKey, deriveCatalog } from './derived-catalog.js';
import { DEFAULT_MAX_PASSAGE_CHARS } from './passages.js';
import { compareProblems, createError, createWarning } from './problems.js';
import { listKnowledgeFiles, SUPPORTED_EXTENSIONS } from './walk.js';

export { formatProblem } from './problems.js';
export { DEFAULT_MAX_FILE_BYTES } from './load-file.js';
export { parseKnowledgeText, type ParsedFile, type ParseOptions } from './parse-file.js';

export interface LoadOptions {
  /** Called for each problem as it is found (warnings and errors); they are also in `kb.problems`. */
  onProblem?: (problem: KnowledgeBase['problems'][number]) => void;
  /** Files read at the same time. Default 8. */
  concurrency?: number;
  /** Longest passage, in characters, before a section is split. Default 1,500. */
  maxPassageChars?: number;
  /** Files larger than this are skipped with a warning. Default 25 MB. */
  maxFileBytes?: number;
}

export const DEFAULT_LOAD_OPTIONS = { concurrency: 8, maxPassageChars: DEFAULT_MAX_PASSAGE_CHARS, maxFileBytes: DEFAULT_MAX_FILE_BYTES } as const;

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

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? ` (${name.slice(dot).toLowerCase()})` : '';
}

/** The error for a folder that gives nothing to answer from: empty, or only files that were skipped. */
function nothingToLoad(files: number): LoadProblem {
  const why = files === 0 ? 'the folder is empty' : `none of its ${files} file${files === 1 ? '' : 's'} could be loaded (see the warnings)`;
  return createError('', `no documents or catalog models to answer from: ${why}. Add Markdown, text, YAML, HTML, PDF or Word (.docx) files.`);
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
  const { onProblem, concurrency, maxPassageChars, maxFileBytes } = { ...DEFAULT_LOAD_OPTIONS, ...options };
  await assertDirectory(dir);
  const { files, unsupported } = await listKnowledgeFiles(dir);
  const skipped = unsupported.map((path) =>
    createWarning(path, `unsupported file type${extensionOf(path)}; skipped (the loader reads ${SUPPORTED_EXTENSIONS.join(', ')})`),
  );
  for (const problem of skipped) onProblem?.(problem);
  const results = new Array<LoadedFile>(files.length);
  await forEachLimit(files, concurrency, async (file, index) => {
    const result = await loadFile(file, { maxPassageChars, maxFileBytes });
    results[index] = result;
    for (const problem of result.problems) onProblem?.(problem);
  });

  const hash = createHash('sha256');
  for (const result of results) if (result.digest) hash.update(`${result.path}\0${result.digest}\n`);
  const { models: catalogued, problems: duplicates } = uniqueModels(results.flatMap((r) => r.models));
  for (const problem of duplicates) onProblem?.(problem);
  const documents = results.flatMap((r) => (r.document ? [r.document] : []));
  const passages = results.flatMap((r) => r.passages);
  // Tables of models in the documents complete the catalog (or are the catalog, for raw documents).
  const known = new Set(catalogued.flatMap((m) => [m.name, ...m.aliases]).map(catalogNameKey));
  const models = [...catalogued, ...deriveCatalog(passages, documents, known)];
  const problems = [...skipped, ...results.flatMap((r) => r.problems), ...duplicates];
  // A folder that gives nothing to answer from is an error, unless another error already says why.
  const empty = documents.length === 0 && models.length === 0 && !problems.some((p) => p.severity === 'error');
  const nothing = empty ? [nothingToLoad(files.length + unsupported.length)] : [];
  for (const problem of nothing) onProblem?.(problem);

  return {
    dir,
    documents,
    passages,
    models,
    synonyms: results.flatMap((r) => r.synonyms),
    concepts: results.flatMap((r) => r.concepts ?? []),
    related: results.flatMap((r) => r.related ?? []),
    problems: [...nothing, ...problems].sort(compareProblems),
    loadedAt: new Date(),
    hash: hash.digest('hex'),
  };
}
