/**
 * The Redis state store (REDIS_URL set), on ioredis: commands fail fast instead of queueing while the
 * connection is down, time out when Redis is slow, and the client reconnects by itself for as long as
 * the process runs. Loaded only when REDIS_URL is set, so a single process never touches the client.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createMemoryStore } from './memory-store.js';
import { DEFAULT_REDIS_TUNING, type RedisTuning } from './options.js';
import { createRedisOperations } from './redis-commands.js';
import { createResilientStore, type ResilientStore } from './resilient-store.js';

export interface RedisStoreOptions extends Partial<RedisTuning> {
  url: string;
  keyPrefix: string;
  logger: Logger;
}

/** Reconnection back-off: 100 ms more per attempt, never more than 2 s apart, for ever. */
export const reconnectDelay = (attempt: number): number => Math.min(attempt * 100, 2_000);

/** host:port of a Redis URL, for logs: never its password. */
export function redisWhere(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}${parsed.pathname.length > 1 ? parsed.pathname : ''}`;
  } catch {
    return 'redis';
  }
}

/**
 * Connects to Redis and returns the store. Never throws for an unreachable Redis: start-up goes on
 * with the store degraded, and the client keeps trying.
 */
export async function connectRedisStore(options: RedisStoreOptions): Promise<ResilientStore> {
  const tuning = { ...DEFAULT_REDIS_TUNING, ...options };
  const client = new Redis(options.url, {
    lazyConnect: true,
    // Fail at once while disconnected: the memory fallback answers instead of a queue that waits.
    enableOfflineQueue: false,
    // Commands lost with a connection fail rather than being sent again later (a late duplicate write).
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 1,
    commandTimeout: tuning.commandTimeoutMs,
    connectTimeout: tuning.connectTimeoutMs,
    retryStrategy: reconnectDelay,
  });
  const store = createResilientStore({
    shared: createRedisOperations(client, options.keyPrefix),
    local: createMemoryStore({ keyPrefix: options.keyPrefix }),
    logger: options.logger,
    probeIntervalMs: tuning.probeIntervalMs,
    warnIntervalMs: tuning.warnIntervalMs,
    where: redisWhere(options.url),
    connection: {
      ping: () => client.ping(),
      on: (event, listener) => client.on(event, listener),
      async close() {
        // QUIT lets Redis finish what it has; with Redis away it fails at once, so just drop the socket.
        await client.quit().catch(() => client.disconnect());
      },
    },
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no connection within ${tuning.connectTimeoutMs} ms`)), tuning.connectTimeoutMs);
  });
  try {
    await Promise.race([client.connect(), timeout]);
  } catch (error) {
    store.degrade(error);
  } finally {
    clearTimeout(timer);
  }
  return store;
}
