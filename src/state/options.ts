/** Settings shared by both state stores, with their defaults. */

/** KEY_PREFIX when unset: every key starts with it, so two bots can share one Redis server. */
export const DEFAULT_KEY_PREFIX = 'model-guide:';

/** A key written without a time to live (a plain `set`, a counter) still expires after 30 days: nothing is kept for ever. */
export const DEFAULT_KEY_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Keys the in-memory store holds at most; the least recently used go first (default 100 000). */
export const DEFAULT_MEMORY_MAX_KEYS = 100_000;

/** Records one log keeps at most in memory; the oldest go first (default 10 000). */
export const DEFAULT_MEMORY_MAX_LOG_RECORDS = 10_000;

/** What configures the store: Redis when `redisUrl` is set, otherwise memory. */
export interface StateConfig {
  /** REDIS_URL: redis:// or rediss:// (may carry a password: a secret). */
  redisUrl?: string;
  /** KEY_PREFIX (default DEFAULT_KEY_PREFIX). */
  keyPrefix: string;
}

/** How the Redis store copes with trouble; the defaults suit production, tests shorten them. */
export interface RedisTuning {
  /** A command unanswered after this long counts as Redis being down (default 500 ms). */
  commandTimeoutMs: number;
  /** How long start-up waits for the first connection before serving degraded (default 2 000 ms). */
  connectTimeoutMs: number;
  /** While degraded, how often Redis is checked again (default 1 000 ms). */
  probeIntervalMs: number;
  /** While degraded, at most one warning per this interval (default 60 000 ms). */
  warnIntervalMs: number;
}

export const DEFAULT_REDIS_TUNING: RedisTuning = {
  commandTimeoutMs: 500,
  connectTimeoutMs: 2_000,
  probeIntervalMs: 1_000,
  warnIntervalMs: 60_000,
};
