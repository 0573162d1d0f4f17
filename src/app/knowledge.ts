import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Logger } from 'pino';
import type { Guide } from '../core/types.js';
import type { LoadOptions } from '../knowledge/load/index.js';
import type { SearchIndex } from '../knowledge/search/search-index.js';
import type { KnowledgeBase, LoadProblem } from '../knowledge/types.js';
import { displayPath } from './config/index.js';
import { AppError, errorMessage } from './errors.js';
import type { IndexCache } from './index-cache.js';

/** The loader and the core, injected so tests (and a reload) can use their own. */
export interface GuideFactory {
  loadKnowledge(dir: string, options?: LoadOptions): Promise<KnowledgeBase>;
  /** `options.index`: a prebuilt (saved) index for `kb`; the guide builds its own when absent. */
  createGuide(kb: KnowledgeBase, options?: { index?: SearchIndex }): Guide;
}

/** The saved-index cache and the index builders it falls back to; without it the guide builds its own index. */
export interface IndexStore {
  cache: IndexCache;
  buildSearchIndex(kb: KnowledgeBase): SearchIndex;
  /** The same, in a worker thread (with its JSON): what a reload uses, so questions are answered while it indexes. */
  buildOffThread(kb: KnowledgeBase): Promise<{ index: SearchIndex; json: string }>;
}

export interface CreateGuideOptions {
  store?: IndexStore;
  /** Index in a worker thread when there is no saved index (reloads); falls back to this thread if the worker fails. */
  offThread?: boolean;
  cwd?: string;
}

export interface BuiltGuide {
  guide: Guide;
  kb: KnowledgeBase;
  /** `saved`: loaded from the cache; `built`: indexed now. */
  index: 'saved' | 'built';
  /** Saves a newly built index for the next start-up (nothing to do when it was loaded, or without a cache); never throws. */
  save(): Promise<void>;
}

/** The knowledge has errors (bad YAML, an invalid catalog entry): `problems` lists each as `file:line: message`. */
export class KnowledgeInvalidError extends AppError {
  readonly problems: readonly string[];

  constructor(message: string, problems: readonly string[], options: { cause?: unknown } = {}) {
    super('KNOWLEDGE_INVALID', message, options);
    this.problems = problems;
  }
}

/** `knowledge/` as the operator sees it (relative to the working directory when inside it). */
export function shownDir(dir: string, cwd = process.cwd()): string {
  return `${displayPath(dir, cwd).replace(/\/$/, '')}/`;
}

/**
 * Loads the knowledge folder and checks it. Errors in the knowledge throw a KnowledgeInvalidError listing
 * each as `file:line: message`; warnings are logged.
 */
export async function loadCheckedKnowledge(dir: string, factory: GuideFactory, logger: Logger, cwd = process.cwd()): Promise<KnowledgeBase> {
  const shown = shownDir(dir, cwd);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AppError(
      'KNOWLEDGE_INVALID',
      `The knowledge folder ${shown} does not exist. Set KNOWLEDGE_DIR (or knowledgeDir in the YAML file) to the ` +
        'folder holding your Markdown and YAML documents.',
    );
  }
  const log = logger.child({ module: 'knowledge' });
  let kb: KnowledgeBase;
  try {
    kb = await factory.loadKnowledge(dir);
  } catch (error) {
    throw new AppError('KNOWLEDGE_INVALID', `Could not load the knowledge in ${shown}: ${errorMessage(error)}`, { cause: error });
  }
  const where = (p: LoadProblem) => `${isAbsolute(p.path) ? displayPath(p.path, cwd) : join(shown, p.path)}${p.line ? `:${p.line}` : ''}`;
  for (const problem of kb.problems.filter((p) => p.severity === 'warning')) {
    log.warn({ file: where(problem) }, `${where(problem)}: ${problem.message}`);
  }
  const errors = kb.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map((p) => `${where(p)}: ${p.message}`);
    throw new KnowledgeInvalidError(
      `The knowledge in ${shown} has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${lines.map((l) => `  ${l}`).join('\n')}\nFix ${errors.length === 1 ? 'it' : 'them'} and start again.`,
      lines,
    );
  }
  return kb;
}

/** Builds a guide over a checked knowledge base: from the saved index when it matches, else indexing now (and saving). */
export async function createGuideFor(kb: KnowledgeBase, factory: GuideFactory, logger: Logger, options: CreateGuideOptions = {}): Promise<BuiltGuide> {
  const { store, offThread, cwd = process.cwd() } = options;
  const log = logger.child({ module: 'knowledge' });
  const shown = shownDir(kb.dir, cwd);
  const started = performance.now();
  let index: SearchIndex | undefined;
  let json: string | undefined;
  let from: BuiltGuide['index'] = 'built';
  let guide: Guide;
  try {
    const saved = await store?.cache.load(kb);
    if (saved) {
      index = saved.index;
      from = 'saved';
      log.info({ file: saved.file, ms: Math.round(performance.now() - started) }, 'index loaded from the saved file');
    } else if (store && offThread) {
      const built = await store.buildOffThread(kb).catch((error: unknown) => {
        log.warn({ err: error }, `could not index in a worker thread (${errorMessage(error)}): indexing here instead`);
        return { index: store.buildSearchIndex(kb), json: undefined };
      });
      ({ index, json } = built);
    } else if (store) {
      index = store.buildSearchIndex(kb);
    }
    guide = factory.createGuide(kb, index ? { index } : {});
  } catch (error) {
    throw new AppError('KNOWLEDGE_INVALID', `Could not build the index over ${shown}: ${errorMessage(error)}`, { cause: error });
  }
  if (kb.documents.length === 0) log.warn({ dir: shown }, `the knowledge folder ${shown} has no documents: every question will go unanswered`);
  log.info(
    { documents: guide.info.documents, passages: guide.info.passages, models: guide.info.models, hash: guide.info.hash, index: from, ms: Math.round(performance.now() - started) },
    'knowledge loaded',
  );
  const built = index;
  async function save(): Promise<void> {
    if (!store || !built || from !== 'built') return;
    const savedAt = performance.now();
    const written = await store.cache.save(kb, built, json);
    if (written) log.info({ file: written.file, megabytes: Math.round(written.bytes / 1e5) / 10, ms: Math.round(performance.now() - savedAt) }, 'index saved');
  }
  return { guide, kb, index: from, save };
}

/**
 * Loads the knowledge folder and builds a guide over it, saving a newly built index before it returns
 * (start-up). Errors in the knowledge (bad YAML, an invalid catalog entry) throw a KnowledgeInvalidError
 * listing each as `file:line: message`; warnings are logged.
 */
export async function buildGuide(dir: string, factory: GuideFactory, logger: Logger, cwd = process.cwd(), store?: IndexStore): Promise<BuiltGuide> {
  const kb = await loadCheckedKnowledge(dir, factory, logger, cwd);
  const built = await createGuideFor(kb, factory, logger, { cwd, ...(store ? { store } : {}) });
  await built.save();
  return built;
}
