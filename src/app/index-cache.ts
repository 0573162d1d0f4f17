import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { SearchIndex } from '../knowledge/search/search-index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { errorMessage } from './errors.js';
import { cacheFilePath, digestPassages, headerFor, readHeader, staleReason } from './index-cache-file.js';

/** Where the index is saved when INDEX_CACHE_DIR cannot be written (a read-only /app in Docker). */
export const FALLBACK_CACHE_DIR = join(tmpdir(), 'model-guide-cache');

/** The search-index functions the cache needs, injected so the app loads them lazily. */
export interface IndexCodec {
  /** The saved index's format version (INDEX_FORMAT_VERSION). */
  INDEX_FORMAT_VERSION: number;
  loadSearchIndex(json: string, kb: KnowledgeBase): SearchIndex | undefined;
}

export interface IndexCacheConfig {
  /** INDEX_CACHE_DIR: tried first. */
  dir: string;
  /** Tried when `dir` cannot be written or holds no matching index (default FALLBACK_CACHE_DIR). */
  fallbackDir?: string;
}

export interface LoadedIndex {
  index: SearchIndex;
  file: string;
}

export interface SavedIndex {
  file: string;
  bytes: number;
}

/** A saved search index per knowledge folder, used at start-up instead of rebuilding when nothing changed. */
export interface IndexCache {
  /** The saved index for `kb` when its format version, knowledge hash and passages match; otherwise undefined (the reason is logged). */
  load(kb: KnowledgeBase): Promise<LoadedIndex | undefined>;
  /**
   * Saves `index` (atomically: write then rename); `json`, when given, is its `toJSON()` already made.
   * Never throws: logs a warning and returns undefined when no folder can be written.
   */
  save(kb: KnowledgeBase, index: SearchIndex, json?: string): Promise<SavedIndex | undefined>;
  /** The folders tried, in order. */
  readonly dirs: readonly string[];
}

export function createIndexCache(config: IndexCacheConfig, deps: { codec: IndexCodec; logger: Logger }): IndexCache {
  const log = deps.logger.child({ module: 'index-cache' });
  const dirs = [...new Set([config.dir, config.fallbackDir ?? FALLBACK_CACHE_DIR])];
  // The passage digest costs a pass over the text: compute it once per knowledge base.
  const digests = new WeakMap<KnowledgeBase, string>();
  const digestOf = (kb: KnowledgeBase) => digests.get(kb) ?? digests.set(kb, digestPassages(kb)).get(kb)!;

  async function loadFrom(dir: string, kb: KnowledgeBase): Promise<LoadedIndex | undefined> {
    const file = cacheFilePath(dir, kb.dir);
    const header = await readHeader(file).catch(() => undefined);
    if (!header) return undefined;
    const { savedAt: _ignored, ...expected } = headerFor(kb, deps.codec.INDEX_FORMAT_VERSION, digestOf(kb));
    const stale = staleReason(header, expected);
    if (stale) {
      log.info({ file, reason: stale }, `saved index ${file} is out of date: ${stale}`);
      return undefined;
    }
    const text = await readFile(file, 'utf8');
    const index = deps.codec.loadSearchIndex(text.slice(text.indexOf('\n') + 1), kb);
    if (!index) log.info({ file }, `saved index ${file} does not match the knowledge`);
    return index ? { index, file } : undefined;
  }

  async function saveTo(dir: string, kb: KnowledgeBase, json: string, header: string): Promise<SavedIndex> {
    await mkdir(dir, { recursive: true });
    const file = cacheFilePath(dir, kb.dir);
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.write(`${header}\n`);
      await handle.write(json);
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    // A reader sees the old file or the new one, never half of one.
    await rename(temp, file);
    return { file, bytes: Buffer.byteLength(header) + 1 + Buffer.byteLength(json) };
  }

  return {
    dirs,
    async load(kb) {
      for (const dir of dirs) {
        try {
          const loaded = await loadFrom(dir, kb);
          if (loaded) return loaded;
        } catch (error) {
          log.warn({ dir, err: error }, `could not read the saved index in ${dir}: ${errorMessage(error)}`);
        }
      }
      return undefined;
    },
    async save(kb, index, serialised) {
      let json: string;
      try {
        json = serialised ?? index.toJSON();
      } catch (error) {
        log.warn({ err: error }, `could not serialise the index: ${errorMessage(error)}`);
        return undefined;
      }
      const header = JSON.stringify(headerFor(kb, deps.codec.INDEX_FORMAT_VERSION, digestOf(kb)));
      const failures: string[] = [];
      for (const dir of dirs) {
        try {
          const saved = await saveTo(dir, kb, json, header);
          if (failures.length > 0) log.warn({ file: saved.file, failures }, `saved the index in ${dir} instead (${failures.join('; ')})`);
          return saved;
        } catch (error) {
          failures.push(`${dir}: ${(error as NodeJS.ErrnoException).code ?? errorMessage(error)}`);
        }
      }
      log.warn({ failures }, `could not save the index (${failures.join('; ')}): the next start-up rebuilds it`);
      return undefined;
    },
  };
}
