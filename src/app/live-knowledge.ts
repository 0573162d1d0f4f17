import type { Logger } from 'pino';
import type { WatchKnowledge } from './config/index.js';
import { createIndexCache, type IndexCacheConfig } from './index-cache.js';
import { buildIndexOffThread } from './index-off-thread.js';
import { createGuideFor, loadCheckedKnowledge, type GuideFactory, type IndexStore } from './knowledge.js';
import { createKnowledgeReloader, type KnowledgeReloader, type ReloadState } from './knowledge-reload.js';
import { watchKnowledge, type KnowledgeWatcher, type WatchOptions } from './knowledge-watch.js';
import type { LiveGuide } from './live-guide.js';

/**
 * The saved-index store for INDEX_CACHE_DIR. The search index module is imported here, on first use,
 * so a configuration error or `--help` never waits for it.
 */
export async function createIndexStore(config: IndexCacheConfig, logger: Logger): Promise<IndexStore> {
  const codec = await import('../knowledge/search/search-index.js');
  return {
    cache: createIndexCache(config, { codec, logger }),
    buildSearchIndex: codec.buildSearchIndex,
    buildOffThread: (kb) => buildIndexOffThread(kb, codec),
  };
}

export interface LiveKnowledgeDeps {
  dir: string;
  guide: LiveGuide;
  factory: GuideFactory;
  store: IndexStore | undefined;
  logger: Logger;
  cwd?: string;
}

export interface LiveKnowledge {
  reloader: KnowledgeReloader;
  /** For /readyz; undefined when the folder is not watched. */
  state(): ReloadState | undefined;
  /** Resolves once the folder is being watched (at once when it is not). */
  ready: Promise<void>;
  close(): void;
}

/**
 * Reloads the knowledge whenever its folder changes (unless `method` is `off`): edits settle for
 * `debounceMs`, then the new guide is built beside the serving one and swapped in whole.
 */
export function startLiveKnowledge(deps: LiveKnowledgeDeps, method: WatchKnowledge, options: WatchOptions = {}): LiveKnowledge {
  let watcher: KnowledgeWatcher | undefined;
  const reloader = createKnowledgeReloader({
    guide: deps.guide,
    logger: deps.logger,
    load: () => loadCheckedKnowledge(deps.dir, deps.factory, deps.logger, deps.cwd),
    // Indexed in a worker thread: this one keeps answering from the old guide meanwhile.
    build: (kb) => createGuideFor(kb, deps.factory, deps.logger, { offThread: true, ...(deps.store ? { store: deps.store } : {}), ...(deps.cwd ? { cwd: deps.cwd } : {}) }),
    watching: () => watcher?.mode ?? 'off',
  });
  if (method !== 'off') {
    watcher = watchKnowledge(
      deps.dir,
      (changed) => void reloader.reload(changed.length > 5 ? `${changed.length} files changed` : `changed: ${changed.join(', ')}`),
      deps.logger,
      { ...options, method: method === 'poll' ? 'poll' : 'auto' },
    );
  }
  return {
    reloader,
    state: () => (watcher ? reloader.state() : undefined),
    ready: watcher ? watcher.ready : Promise.resolve(),
    close() {
      watcher?.close();
      reloader.close();
    },
  };
}
