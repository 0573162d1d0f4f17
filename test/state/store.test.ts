/**
 * The state-store contract, run against both implementations: in memory and on a real redis-server.
 * Times to live are short and real (both stores use the wall clock here).
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/state/memory-store.js';
import { connectRedisStore } from '../../src/state/redis-store.js';
import type { StateStore } from '../../src/state/store.js';
import { startRedis, type LocalRedis } from '../support/redis.js';

const logger = pino({ level: 'silent' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let redis: LocalRedis;
let prefixes = 0;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

const makers: Record<'memory' | 'redis', () => Promise<StateStore>> = {
  memory: async () => createMemoryStore({ keyPrefix: `t${++prefixes}:` }),
  redis: () => connectRedisStore({ url: redis.url, keyPrefix: `t${++prefixes}:`, logger }),
};

describe.each(['memory', 'redis'] as const)('the %s state store', (backend) => {
  let store: StateStore;
  beforeAll(async () => {
    store = await makers[backend]();
  });
  afterAll(() => store?.close());

  it('names its backend and is healthy', () => {
    expect(store.backend).toBe(backend);
    expect(store.health()).toBe('ok');
  });

  it('claims a key once until its time to live ends', async () => {
    expect(await store.claim('event:1', 150)).toBe(true);
    expect(await store.claim('event:1', 150)).toBe(false);
    expect(await store.claim('event:2', 150)).toBe(true);
    await pause(200);
    expect(await store.claim('event:1', 150)).toBe(true);
  });

  it('gets what was set, and nothing once it expired', async () => {
    expect(await store.get('absent')).toBeUndefined();
    await store.set('kept', 'a value');
    await store.set('brief', 'gone soon', 100);
    expect(await store.get('kept')).toBe('a value');
    expect(await store.get('brief')).toBe('gone soon');
    await pause(150);
    expect(await store.get('brief')).toBeUndefined();
    await store.set('kept', 'replaced');
    expect(await store.get('kept')).toBe('replaced');
  });

  it('keeps the last items of a list, oldest first, and forgets the list after its time to live', async () => {
    expect(await store.list('turns')).toEqual([]);
    for (const q of ['one', 'two', 'three', 'four']) await store.pushCapped('turns', q, 3, 150);
    expect(await store.list('turns')).toEqual(['two', 'three', 'four']);
    await pause(100);
    await store.pushCapped('turns', 'five', 3, 150); // refreshes the time to live
    await pause(100);
    expect(await store.list('turns')).toEqual(['three', 'four', 'five']);
    await pause(100);
    expect(await store.list('turns')).toEqual([]);
  });

  it('counts hits in a window that starts at the first hit, then starts again', async () => {
    const first = await store.hitWindow('rate:U1', 200);
    expect(first.count).toBe(1);
    expect(first.resetInMs).toBeGreaterThan(0);
    expect(first.resetInMs).toBeLessThanOrEqual(200);
    expect((await store.hitWindow('rate:U1', 200)).count).toBe(2);
    expect((await store.hitWindow('rate:U2', 200)).count).toBe(1);
    await pause(250);
    expect((await store.hitWindow('rate:U1', 200)).count).toBe(1);
  });

  it('adds to counter fields and reads them all as numbers', async () => {
    expect(await store.fields('feedback:a1')).toEqual({});
    expect(await store.incrementField('feedback:a1', 'up')).toBe(1);
    expect(await store.incrementField('feedback:a1', 'up')).toBe(2);
    expect(await store.incrementField('feedback:a1', 'down', 3)).toBe(3);
    expect(await store.fields('feedback:a1')).toEqual({ up: 2, down: 3 });
  });

  it('reads a log in time order from a given time, keeping equal records apart and dropping records past their retention', async () => {
    const now = Date.now();
    await store.appendLog('log', 'b', now - 2000, 60_000);
    await store.appendLog('log', 'a', now - 3000, 60_000);
    await store.appendLog('log', 'c', now - 1000, 60_000);
    await store.appendLog('log', 'c', now - 1000, 60_000);
    expect(await store.readLog('log', 0)).toEqual(['a', 'b', 'c', 'c']);
    expect(await store.readLog('log', now - 2000)).toEqual(['b', 'c', 'c']);
    await store.appendLog('short', 'old', now - 1000, 1100);
    await store.appendLog('short', 'new', now, 60_000);
    expect(await store.readLog('short', 0)).toEqual(['old', 'new']);
    await pause(150);
    expect(await store.readLog('short', 0)).toEqual(['new']);
    expect(await store.readLog('never-written', 0)).toEqual([]);
  });

  it('keeps a record appended twice with the same id once, and records with other ids apart', async () => {
    const now = Date.now();
    await store.appendLog('ids', 'same', now, 60_000, 'r1');
    await store.appendLog('ids', 'same', now, 60_000, 'r1');
    await store.appendLog('ids', 'same', now, 60_000, 'r2');
    expect(await store.readLog('ids', 0)).toEqual(['same', 'same']);
  });
});

describe('keys in Redis', () => {
  it('sit under the key prefix, every one with a time to live, and two prefixes never see each other', async () => {
    const one = await connectRedisStore({ url: redis.url, keyPrefix: 'bot-one:', logger });
    const two = await connectRedisStore({ url: redis.url, keyPrefix: 'bot-two:', logger });
    try {
      await one.claim('delivery:slack:Ev1', 60_000);
      await one.set('answer:a1', '{}');
      await one.pushCapped('conv:slack:C1', 'what is a GAN?', 6, 60_000);
      await one.hitWindow('rate:slack:U1', 60_000);
      await one.incrementField('feedback:a1', 'down');
      await one.appendLog('report:unanswered', '{}', Date.now(), 60_000);
      expect(await two.claim('delivery:slack:Ev1', 60_000)).toBe(true);
      expect(await two.get('answer:a1')).toBeUndefined();
      expect(await two.list('conv:slack:C1')).toEqual([]);

      const keys = redis.cli('--scan', '--pattern', 'bot-one:*').split('\n').sort();
      expect(keys).toEqual([
        'bot-one:answer:a1',
        'bot-one:conv:slack:C1',
        'bot-one:delivery:slack:Ev1',
        'bot-one:feedback:a1',
        'bot-one:rate:slack:U1',
        'bot-one:report:unanswered',
      ]);
      for (const key of keys) expect(Number(redis.cli('pttl', key)), key).toBeGreaterThan(0);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
