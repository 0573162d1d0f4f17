/** The state store the app runs on: in memory by default, Redis when REDIS_URL is set. */
import type { Logger } from 'pino';
import { createMemoryStore } from './memory-store.js';
import { DEFAULT_KEY_PREFIX, type RedisTuning, type StateConfig } from './options.js';
import type { StateStore } from './store.js';

export type { StateStore, StoreHealth, WindowCount } from './store.js';
export { createMemoryStore } from './memory-store.js';
export { DEFAULT_KEY_PREFIX, type StateConfig } from './options.js';

/** Builds the store for `config` (memory when absent or without a Redis URL); never throws for an unreachable Redis. */
export async function createStateStore(
  config: StateConfig | undefined,
  logger: Logger,
  tuning: Partial<RedisTuning> = {},
): Promise<StateStore> {
  const keyPrefix = config?.keyPrefix ?? DEFAULT_KEY_PREFIX;
  if (!config?.redisUrl) return createMemoryStore({ keyPrefix });
  // Only now is the Redis client loaded: a single process never imports it.
  const { connectRedisStore } = await import('./redis-store.js');
  return connectRedisStore({ ...tuning, url: config.redisUrl, keyPrefix, logger });
}
