/**
 * The state a running bot shares with its other replicas: one interface, two implementations
 * (in memory, the default for a single process; Redis when REDIS_URL is set).
 *
 * This file is the contract between the front door (issue 11: de-duplication, conversations,
 * rate limits, the Share button's answers, feedback counts) and the owners' report (issue 12:
 * unanswered questions and 👎 votes). Keys are given without the namespace: every implementation
 * prefixes them with its `keyPrefix` (KEY_PREFIX, default "model-guide:"), so two bots can share
 * one Redis server. Values are strings (JSON where structured). Nothing here imports a platform
 * SDK, the core or the adapters.
 */

/** How the store is doing: 'degraded' while Redis is unreachable and a per-process fallback serves. */
export type StoreHealth = 'ok' | 'degraded';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends and the count starts again. */
  resetInMs: number;
}

export interface StateStore {
  readonly backend: 'memory' | 'redis';

  /** Atomic set-if-absent with a time to live: true when this call claimed the key (Slack event de-duplication). */
  claim(key: string, ttlMs: number): Promise<boolean>;

  /** A value, or undefined when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Sets a value; with `ttlMs` it expires. */
  set(key: string, value: string, ttlMs?: number): Promise<void>;

  /** Appends to a list, keeps its last `maxLength` items and refreshes its time to live (conversation turns). */
  pushCapped(key: string, value: string, maxLength: number, ttlMs: number): Promise<void>;
  /** A list's items, oldest first; empty when absent or expired. */
  list(key: string): Promise<string[]>;

  /** Counts a hit in a fixed window that starts at the first hit (rate limits shared by all replicas). */
  hitWindow(key: string, windowMs: number): Promise<WindowCount>;
  /** Adds to a counter field of a hash (feedback counts: key "feedback:<answerId>", field "up"/"down"). */
  incrementField(key: string, field: string, by?: number): Promise<number>;
  /** Every field of a hash, as numbers. */
  fields(key: string): Promise<Record<string, number>>;

  /**
   * Appends a record to a time-ordered log (the owners' report). Kept until `retainMs` after `atMs`.
   * With an `id`, appending again with the same id keeps the record once (a write sent again after a
   * timeout); without one, equal records are kept apart.
   */
  appendLog(key: string, record: string, atMs: number, retainMs: number, id?: string): Promise<void>;
  /** The log's records at or after `sinceMs`, oldest first. */
  readLog(key: string, sinceMs: number): Promise<string[]>;

  health(): StoreHealth;
  /** Closes connections; further calls may fail. */
  close(): Promise<void>;
}
