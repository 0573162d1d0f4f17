import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import { formatOf } from '../knowledge/load/walk.js';
import { errorMessage } from './errors.js';

/** `auto`: change events (fs.watch), polling if they cannot be had; `poll`: always poll (network or Docker Desktop mounts). */
export type WatchMethod = 'auto' | 'poll';

export interface WatchOptions {
  method?: WatchMethod;
  /** Quiet time after the last change before `onChange` runs (default 300 ms): one reload per save, not per event. */
  debounceMs?: number;
  /** How often polling compares the folder's files, sizes and times (default 2 000 ms). */
  pollIntervalMs?: number;
  /** fs.watch, injectable so tests can make it fail. */
  watch?: typeof fsWatch;
}

export const DEFAULT_WATCH_OPTIONS = { method: 'auto', debounceMs: 300, pollIntervalMs: 2_000 } as const;

export interface KnowledgeWatcher {
  /** How changes are noticed now: `fs.watch`, or `polling` (chosen, or fallen back to). */
  readonly mode: 'fs.watch' | 'polling';
  /** Resolves once changes from now on will be noticed (polling has its first fingerprint of the folder). */
  readonly ready: Promise<void>;
  close(): void;
}

/** True for a path the loader would read (or a folder): hidden files, editor back-ups and swap files are ignored. */
export function isKnowledgePath(relative: string): boolean {
  const parts = relative.split(/[\\/]/);
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) return false;
  return formatOf(basename(relative)) !== undefined;
}

/** A fingerprint of every knowledge file: path, size and modification time. */
async function snapshot(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch(() => []);
  const lines: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) lines.push(...(await snapshot(dir, relative)));
    else if (isKnowledgePath(relative)) {
      const info = await stat(join(dir, relative)).catch(() => undefined);
      if (info) lines.push(`${relative}\0${info.size}\0${info.mtimeMs}`);
    }
  }
  return lines;
}

/**
 * Watches a knowledge folder and calls `onChange` once edits settle. Uses recursive fs.watch (inotify on
 * Linux) and falls back to polling when it cannot start or fails later (too many watches, a network mount).
 */
export function watchKnowledge(dir: string, onChange: (changed: string[]) => void, logger: Logger, options: WatchOptions = {}): KnowledgeWatcher {
  const { method, debounceMs, pollIntervalMs } = { ...DEFAULT_WATCH_OPTIONS, ...options };
  const log = logger.child({ module: 'knowledge-watch' });
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  let closed = false;
  let mode: KnowledgeWatcher['mode'] = 'polling';
  let ready: Promise<void> = Promise.resolve();

  function noticed(path: string): void {
    if (closed) return;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...changed].sort();
      changed.clear();
      if (!closed) onChange(paths);
    }, debounceMs);
  }

  function startPolling(): void {
    mode = 'polling';
    let last: Promise<string> = snapshot(dir).then((lines) => lines.sort().join('\n'));
    // Until the first fingerprint is taken, an edit could land in it and never count as a change.
    ready = last.then(() => undefined);
    let busy = false;
    poller = setInterval(() => {
      if (busy) return;
      busy = true;
      const previous = last;
      last = snapshot(dir).then((lines) => lines.sort().join('\n'));
      void Promise.all([previous, last])
        .then(([before, now]) => {
          if (before !== now) noticed('(polled)');
        })
        .finally(() => (busy = false));
    }, pollIntervalMs);
    poller.unref();
  }

  function fallBack(reason: unknown): void {
    watcher?.close();
    watcher = undefined;
    if (closed) return;
    log.warn({ dir, err: reason }, `cannot watch ${dir} for changes (${errorMessage(reason)}): polling every ${pollIntervalMs} ms instead`);
    startPolling();
  }

  if (method === 'poll') startPolling();
  else {
    try {
      watcher = (options.watch ?? fsWatch)(dir, { recursive: true, persistent: false }, (_event, filename) => {
        const name = filename ? String(filename) : '';
        if (!name || isKnowledgePath(name)) noticed(name || '(unknown)');
      });
      watcher.on('error', fallBack);
      mode = 'fs.watch';
    } catch (error) {
      fallBack(error);
    }
  }
  log.info({ dir, mode, debounceMs }, 'watching the knowledge folder');

  return {
    get mode() {
      return mode;
    },
    get ready() {
      return ready;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poller);
      watcher?.close();
    },
  };
}
