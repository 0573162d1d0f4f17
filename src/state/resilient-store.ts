/**
 * Redis trouble never silences the bot. Every write goes to this process's memory as well as to Redis,
 * and while Redis is down or slow (a failed or timed-out command) the store is 'degraded': every call
 * is served from memory at once (de-duplication, limits and conversations become per process), Redis
 * is checked again every second, one warning a minute says so, and the first good answer from Redis
 * makes the store healthy again. Nothing needs a restart.
 *
 * Records and counters (the owners' report, feedback counts) are not per-process state that may be
 * lost: a log append or a counter Redis did not take waits in a bounded backlog and is written once
 * Redis answers again (and at close, if Redis answers by then). A log append carries an id, so one
 * sent again after a timeout is still one record; a counter is sent again only when it never reached
 * Redis (made while degraded), so a timed-out increment is never counted twice.
 */
import { randomBytes } from 'node:crypto';
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
  /** Writes kept for Redis while it is away, at most (default MAX_BACKLOG); the oldest go first. */
  maxBacklog?: number;
  /** How long close waits for Redis to take the backlog (default 2 000 ms). */
  closeWaitMs?: number;
}

/** Records and counters kept for Redis while it is away, at most. */
export const MAX_BACKLOG = 10_000;

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
  const maxBacklog = options.maxBacklog ?? MAX_BACKLOG;
  /** Writes Redis has not taken yet, oldest first. */
  const backlog: { send: () => Promise<unknown>; again: boolean }[] = [];
  let dropped = 0;
  let draining: Promise<void> | undefined;

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
    log.info({ backlog: backlog.length }, 'state store healthy again: Redis answers, state is shared again');
    void drain();
  }

  function keep(send: () => Promise<unknown>, again: boolean): void {
    backlog.push({ send, again });
    if (backlog.length <= maxBacklog) return;
    backlog.shift();
    dropped += 1;
    if (dropped === 1 || dropped % 1000 === 0) log.warn({ dropped, maxBacklog }, 'state store backlog full: the oldest records kept for Redis are dropped');
  }

  /** Sends the backlog to Redis in order; a failure degrades the store and keeps the rest. */
  function drain(): Promise<void> {
    draining ??= (async () => {
      while (backlog.length > 0 && state === 'ok' && !closed) {
        const next = backlog[0]!;
        try {
          await next.send();
          backlog.shift();
        } catch (error) {
          // A counter that may have reached Redis is not sent again: it would count twice.
          if (!next.again) backlog.shift();
          degrade(error);
        }
      }
    })().finally(() => (draining = undefined));
    return draining;
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

  /**
   * A record or counter: written to memory, and to Redis now or later. `again` says whether a failed
   * attempt may be sent again (only when sending it twice cannot count it twice).
   */
  async function record<T>(toRedis: () => Promise<T>, toMemory: () => Promise<T>, again: boolean): Promise<T> {
    const mine = await toMemory();
    if (state === 'ok' && backlog.length === 0) {
      try {
        return await toRedis();
      } catch (error) {
        degrade(error);
        if (again) keep(toRedis, true);
        return mine;
      }
    }
    // Behind a backlog, in order: sent when Redis answers.
    keep(toRedis, again);
    if (state === 'ok') void drain();
    return mine;
  }

  /** Waits (at most closeWaitMs) for Redis to answer and take the backlog. */
  async function settle(): Promise<void> {
    const until = Date.now() + (options.closeWaitMs ?? 2_000);
    while (backlog.length > 0 && Date.now() < until) {
      if (state === 'ok') await drain();
      else await connection.ping().then(recover, () => new Promise((resolve) => setTimeout(resolve, 100)));
    }
    if (backlog.length > 0) log.warn({ backlog: backlog.length }, 'closing with records Redis has not taken: they are lost');
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
    incrementField: (key, field, by) => record(() => shared.incrementField(key, field, by), () => local.incrementField(key, field, by), false),
    fields: (key) => read(() => shared.fields(key), () => local.fields(key)),
    appendLog: (key, entry, atMs, retainMs, id = randomBytes(8).toString('hex')) =>
      record(() => shared.appendLog(key, entry, atMs, retainMs, id), () => local.appendLog(key, entry, atMs, retainMs, id), true),
    readLog: (key, sinceMs) => read(() => shared.readLog(key, sinceMs), () => local.readLog(key, sinceMs)),
    health: () => state,
    async close() {
      if (backlog.length > 0) await settle();
      closed = true;
      clearInterval(probe);
      await connection.close();
      await local.close();
    },
  };
}
