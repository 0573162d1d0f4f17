/**
 * The state store of a single process (the default): plain maps with times to live, bounded in size
 * (the least recently used keys go first). Also what the Redis store falls back to while Redis is away.
 */
import { DEFAULT_KEY_PREFIX, DEFAULT_KEY_TTL_MS, DEFAULT_MEMORY_MAX_KEYS, DEFAULT_MEMORY_MAX_LOG_RECORDS } from './options.js';
import type { StateStore, WindowCount } from './store.js';

export interface MemoryStoreOptions {
  /** Default DEFAULT_KEY_PREFIX. */
  keyPrefix?: string;
  /** Default DEFAULT_MEMORY_MAX_KEYS. */
  maxKeys?: number;
  /** Default DEFAULT_MEMORY_MAX_LOG_RECORDS. */
  maxLogRecords?: number;
  /** The clock (default Date.now); tests move it by hand. */
  now?: () => number;
}

type LogRecord = { at: number; until: number; record: string; id?: string };
type Entry = { expiresAt: number } & (
  | { kind: 'value'; value: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'window'; count: number }
  | { kind: 'hash'; fields: Map<string, number> }
  | { kind: 'log'; records: LogRecord[] }
);
type Kind = Entry['kind'];

/** How often expired keys are swept out (reads skip them anyway). */
const SWEEP_INTERVAL_MS = 60_000;

export function createMemoryStore(options: MemoryStoreOptions = {}): StateStore {
  const prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
  const maxKeys = options.maxKeys ?? DEFAULT_MEMORY_MAX_KEYS;
  const maxLogRecords = options.maxLogRecords ?? DEFAULT_MEMORY_MAX_LOG_RECORDS;
  const now = options.now ?? Date.now;
  // Map order doubles as recency order: every touch re-inserts.
  const entries = new Map<string, Entry>();
  let lastSweep = now();

  function find<K extends Kind>(key: string, kind: K): Extract<Entry, { kind: K }> | undefined {
    const id = prefix + key;
    const entry = entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= now() || entry.kind !== kind) {
      entries.delete(id);
      return undefined;
    }
    entries.delete(id);
    entries.set(id, entry);
    return entry as Extract<Entry, { kind: K }>;
  }

  function put(key: string, entry: Entry): void {
    const id = prefix + key;
    entries.delete(id);
    entries.set(id, entry);
    const at = now();
    if (at - lastSweep >= SWEEP_INTERVAL_MS) {
      lastSweep = at;
      for (const [k, e] of entries) if (e.expiresAt <= at) entries.delete(k);
    }
    while (entries.size > maxKeys) entries.delete(entries.keys().next().value as string);
  }

  return {
    backend: 'memory',
    async claim(key, ttlMs) {
      if (find(key, 'value')) return false;
      put(key, { kind: 'value', value: '1', expiresAt: now() + ttlMs });
      return true;
    },
    async get(key) {
      return find(key, 'value')?.value;
    },
    async set(key, value, ttlMs = DEFAULT_KEY_TTL_MS) {
      put(key, { kind: 'value', value, expiresAt: now() + ttlMs });
    },
    async pushCapped(key, value, maxLength, ttlMs) {
      const items = [...(find(key, 'list')?.items ?? []), value].slice(-maxLength);
      put(key, { kind: 'list', items, expiresAt: now() + ttlMs });
    },
    async list(key) {
      return [...(find(key, 'list')?.items ?? [])];
    },
    async hitWindow(key, windowMs): Promise<WindowCount> {
      const window = find(key, 'window') ?? { kind: 'window' as const, count: 0, expiresAt: now() + windowMs };
      window.count += 1;
      put(key, window);
      return { count: window.count, resetInMs: window.expiresAt - now() };
    },
    async incrementField(key, field, by = 1) {
      const hash = find(key, 'hash') ?? { kind: 'hash' as const, fields: new Map<string, number>(), expiresAt: now() + DEFAULT_KEY_TTL_MS };
      const value = (hash.fields.get(field) ?? 0) + by;
      hash.fields.set(field, value);
      put(key, hash);
      return value;
    },
    async fields(key) {
      return Object.fromEntries(find(key, 'hash')?.fields ?? []);
    },
    async appendLog(key, record, atMs, retainMs, id) {
      const at = now();
      const records = (find(key, 'log')?.records ?? []).filter((r) => r.until > at);
      if (id !== undefined && records.some((r) => r.id === id)) return;
      const entry: LogRecord = { at: atMs, until: atMs + retainMs, record, ...(id !== undefined ? { id } : {}) };
      // Kept in time order; records usually arrive in order, so search from the end.
      let i = records.length;
      while (i > 0 && records[i - 1]!.at > atMs) i -= 1;
      records.splice(i, 0, entry);
      if (records.length > maxLogRecords) records.splice(0, records.length - maxLogRecords);
      put(key, { kind: 'log', records, expiresAt: records.reduce((latest, r) => Math.max(latest, r.until), 0) });
    },
    async readLog(key, sinceMs) {
      const at = now();
      return (find(key, 'log')?.records ?? []).filter((r) => r.at >= sinceMs && r.until > at).map((r) => r.record);
    },
    health: () => 'ok',
    async close() {
      entries.clear();
    },
  };
}
