/**
 * Redis trouble never silences the store: stopped, never started, or frozen (up but not answering),
 * every call still resolves (from this process's memory), the store says it is degraded with one
 * warning, and it is healthy and shared again once Redis answers, without being rebuilt.
 */
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectRedisStore } from '../../src/state/redis-store.js';
import type { StateStore } from '../../src/state/store.js';
import { eventually } from '../app/reload-helpers.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
import { startRedis, type LocalRedis } from '../support/redis.js';

const TUNING = { commandTimeoutMs: 200, connectTimeoutMs: 500, probeIntervalMs: 100, warnIntervalMs: 60_000 };
let redis: LocalRedis;
const stores: StateStore[] = [];

function logged() {
  const lines: Record<string, any>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines, warnings: () => lines.filter((l) => l.level === 40 && /state store degraded/.test(l.msg)) };
}

async function open(logger: pino.Logger, keyPrefix = 'trouble:'): Promise<StateStore> {
  const store = await connectRedisStore({ ...TUNING, url: redis.url, keyPrefix, logger });
  stores.push(store);
  return store;
}

beforeEach(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await redis.stop();
});

describe('the Redis store when Redis is in trouble', () => {
  it('serves every call from memory while Redis is stopped, warns once, and is shared again after Redis returns', async () => {
    const { logger, warnings, lines } = logged();
    const store = await open(logger);
    const other = await open(pino({ level: 'silent' }));
    await store.pushCapped('conv:C1', 'what is a GAN?', 6, 60_000);
    expect(await other.list('conv:C1')).toEqual(['what is a GAN?']);

    await redis.stop();
    for (let i = 0; i < 20; i++) expect((await store.hitWindow('rate:U1', 60_000)).count).toBeGreaterThan(0);
    expect(store.health()).toBe('degraded');
    // What this process wrote before the outage is still its context; a repeat is still caught here.
    expect(await store.list('conv:C1')).toEqual(['what is a GAN?']);
    expect(await store.claim('delivery:Ev1', 60_000)).toBe(true);
    expect(await store.claim('delivery:Ev1', 60_000)).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ module: 'state', backend: 'redis', redis: `127.0.0.1:${redis.port}` });

    await redis.start();
    await eventually(() => store.health(), (h) => h === 'ok', 'the store healthy again');
    await store.set('answer:a1', 'after the outage');
    await eventually(() => other.get('answer:a1'), (v) => v === 'after the outage', 'the other store seeing the new value');
    expect(lines.some((l) => l.msg.startsWith('state store healthy again'))).toBe(true);
    expect(warnings()).toHaveLength(1);
  });

  it('starts degraded when Redis is not there yet, and becomes healthy when it comes up', async () => {
    await redis.stop();
    const { logger, warnings } = logged();
    const store = await open(logger);
    expect(store.health()).toBe('degraded');
    expect(await store.claim('delivery:Ev2', 60_000)).toBe(true);
    expect(warnings()).toHaveLength(1);
    await redis.start();
    await eventually(() => store.health(), (h) => h === 'ok', 'the store healthy once Redis is up');
    expect(await store.claim('delivery:Ev3', 60_000)).toBe(true);
    expect(redis.cli('exists', 'trouble:delivery:Ev3')).toBe('1');
  });

  it('treats a Redis that stops answering as down, and uses it again once it answers', async () => {
    const { logger, warnings } = logged();
    const store = await open(logger);
    await store.set('answer:a2', 'shared');
    redis.freeze();
    try {
      // The first call waits for the command timeout, then memory answers; later calls do not wait for Redis.
      expect(await store.get('answer:a2')).toBe('shared');
      expect(store.health()).toBe('degraded');
      expect(await store.claim('delivery:Ev4', 60_000)).toBe(true);
      expect(warnings()).toHaveLength(1);
    } finally {
      redis.thaw();
    }
    await eventually(() => store.health(), (h) => h === 'ok', 'the store healthy after Redis answers again');
    expect(await store.get('answer:a2')).toBe('shared');
  });

  it('keeps records and counters made while Redis is stopped and writes them, once each, when Redis is back', async () => {
    const store = await open(pino({ level: 'silent' }));
    const other = await open(pino({ level: 'silent' }));
    const now = Date.now();
    await redis.stop(); // the local Redis keeps nothing across a restart, so everything here is written during the outage
    await store.appendLog('report:events', 'during', now - 1, 60_000);
    await store.incrementField('report:day', 'answered');
    expect(store.health()).toBe('degraded');
    await store.appendLog('report:events', 'also during', now, 60_000);
    await redis.start();
    await eventually(() => other.readLog('report:events', 0), (records) => records.length === 2, 'the records in Redis');
    expect(await other.readLog('report:events', 0)).toEqual(['during', 'also during']);
    expect(await other.fields('report:day')).toEqual({ answered: 1 });
  });

  it('sends a record again after a timeout without keeping it twice', async () => {
    const store = await open(pino({ level: 'silent' }));
    redis.freeze();
    try {
      await store.appendLog('report:events', 'slow', Date.now(), 60_000);
      expect(store.health()).toBe('degraded');
    } finally {
      redis.thaw();
    }
    await eventually(() => store.health(), (h) => h === 'ok', 'the store healthy again');
    await pause(300);
    const other = await open(pino({ level: 'silent' }));
    expect(await other.readLog('report:events', 0)).toEqual(['slow']);
  });

  it('writes what Redis has not taken yet before it closes', async () => {
    await redis.stop();
    const store = await connectRedisStore({ ...TUNING, probeIntervalMs: 60_000, url: redis.url, keyPrefix: 'trouble:', logger: pino({ level: 'silent' }) });
    await store.appendLog('report:events', 'kept for Redis', Date.now(), 60_000);
    expect(store.health()).toBe('degraded');
    await redis.start();
    await store.close();
    const other = await open(pino({ level: 'silent' }));
    expect(await other.readLog('report:events', 0)).toEqual(['kept for Redis']);
  });
});
