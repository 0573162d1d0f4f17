/**
 * Redis trouble never silences the bot. Every write goes to this process's memory as well as to Redis,
 * and while Redis is down or slow (a failed or timed-out command) the store is 'degraded': every call
 * is served from memory at once (de-duplication, limits and conversations become per process), Redis
 * is checked again every second, one warning a minute says so, and the first good answer from Redis
 * makes the store healthy again. Nothing needs a restart.
 */
import type { Logger } from 'pino';
import type { StateStore, StoreHealth } from './store.js';

/** What the resilient store needs from a backend: every operation, no health or close of its own. */
export type StoreOperations = Omit<StateStore, 'backend' | 'health' | 'close'>;

/** The connection as the resilient store watches it. */
export interface Connection {
  /** Resolves when Redis answers (bounded by the client's command timeout). */
  ping(): Promise<unknown>;
  /** 'ready' after every (re)connection; 'error' and 'close' when it is lost. */
  on(event: 'ready' | 'error' | 'close', listener: (error?: Error) => void): unknown;
  close(): Promise<void>;
}

export interface ResilientOptions {
  shared: StoreOperations;
  local: StateStore;
  connection: Connection;
  logger: Logger;
  probeIntervalMs: number;
  warnIntervalMs: number;
  /** Where Redis is, for the log lines (no password). */
  where: string;
}

export interface ResilientStore extends StateStore {
  /** Marks the store degraded (start-up could not connect), starting the checks and the warnings. */
  degrade(error: unknown): void;
}

export function createResilientStore(options: ResilientOptions): ResilientStore {
  const { shared, local, connection } = options;
  const log = options.logger.child({ module: 'state', backend: 'redis', redis: options.where });
  let state: StoreHealth = 'ok';
  let lastWarning = -Infinity;
  let probe: NodeJS.Timeout | undefined;
  let closed = false;

  function warn(error: unknown): void {
    if (Date.now() - lastWarning < options.warnIntervalMs) return;
    lastWarning = Date.now();
    const reason = error instanceof Error ? error.message : String(error ?? 'connection closed');
    log.warn(
      { reason, retryEveryMs: options.probeIntervalMs },
      'state store degraded: Redis is unreachable, so de-duplication, rate limits and conversations are per process until it is back',
    );
  }

  function degrade(error: unknown): void {
    if (closed) return;
    state = 'degraded';
    warn(error);
    probe ??= setInterval(check, options.probeIntervalMs).unref();
  }

  function recover(): void {
    if (closed || state === 'ok') return;
    state = 'ok';
    clearInterval(probe);
    probe = undefined;
    log.info('state store healthy again: Redis answers, state is shared again');
  }

  function check(): void {
    connection.ping().then(recover, (error: unknown) => {
      if (state === 'degraded') warn(error);
    });
  }

  connection.on('ready', () => check());
  connection.on('error', (error) => degrade(error));
  connection.on('close', () => degrade(new Error('connection closed')));

  async function read<T>(fromRedis: () => Promise<T>, fromMemory: () => Promise<T>): Promise<T> {
    if (state === 'ok') {
      try {
        return await fromRedis();
      } catch (error) {
        degrade(error);
      }
    }
    return fromMemory();
  }

  /** Writes to memory first, so a later outage starts from what this process has seen. */
  async function write<T>(toRedis: () => Promise<T>, toMemory: () => Promise<T>): Promise<T> {
    const mine = await toMemory();
    return read(toRedis, async () => mine);
  }

  return {
    backend: 'redis',
    degrade,
    claim: (key, ttlMs) => write(() => shared.claim(key, ttlMs), () => local.claim(key, ttlMs)),
    get: (key) => read(() => shared.get(key), () => local.get(key)),
    set: (key, value, ttlMs) => write(() => shared.set(key, value, ttlMs), () => local.set(key, value, ttlMs)),
    pushCapped: (key, value, max, ttlMs) => write(() => shared.pushCapped(key, value, max, ttlMs), () => local.pushCapped(key, value, max, ttlMs)),
    list: (key) => read(() => shared.list(key), () => local.list(key)),
    hitWindow: (key, windowMs) => write(() => shared.hitWindow(key, windowMs), () => local.hitWindow(key, windowMs)),
    incrementField: (key, field, by) => write(() => shared.incrementField(key, field, by), () => local.incrementField(key, field, by)),
    fields: (key) => read(() => shared.fields(key), () => local.fields(key)),
    appendLog: (key, record, atMs, retainMs) =>
      write(() => shared.appendLog(key, record, atMs, retainMs), () => local.appendLog(key, record, atMs, retainMs)),
    readLog: (key, sinceMs) => read(() => shared.readLog(key, sinceMs), () => local.readLog(key, sinceMs)),
    health: () => state,
    async close() {
      closed = true;
      clearInterval(probe);
      await connection.close();
      await local.close();
    },
  };
}
