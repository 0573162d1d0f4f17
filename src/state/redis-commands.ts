/**
 * The state store's operations as Redis commands, each one atomic (a single command, a MULTI, or a
 * small Lua script), every key under the prefix and with a time to live. These throw when Redis does:
 * the resilient store decides what happens then.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DEFAULT_KEY_TTL_MS } from './options.js';
import type { StoreOperations } from './resilient-store.js';

// A fixed window that starts at the first hit; a key that somehow lost its expiry gets one again.
const HIT_WINDOW = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const INCREMENT_FIELD = `
local value = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return value`;

// Scores are times; members carry their own end of retention ("until|unique|record") so a read
// never returns a record past it, and so equal records stay distinct.
const APPEND_LOG = `
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
local keep = tonumber(ARGV[4])
if redis.call('PTTL', KEYS[1]) < keep then redis.call('PEXPIRE', KEYS[1], keep) end
return 1`;

interface Scripts {
  mgHitWindow(key: string, windowMs: number): Promise<[number, number]>;
  mgIncrementField(key: string, field: string, by: number, ttlMs: number): Promise<number>;
  mgAppendLog(key: string, atMs: number, member: string, cutoffMs: number, keepMs: number): Promise<number>;
}

/** Throws the first error a MULTI returned (ioredis reports them per command instead of rejecting). */
function checked(results: [Error | null, unknown][] | null): unknown[] {
  if (!results) throw new Error('Redis transaction aborted');
  for (const [error] of results) if (error) throw error;
  return results.map(([, value]) => value);
}

export function createRedisOperations(client: Redis, prefix: string, now: () => number = Date.now): StoreOperations {
  client.defineCommand('mgHitWindow', { numberOfKeys: 1, lua: HIT_WINDOW });
  client.defineCommand('mgIncrementField', { numberOfKeys: 1, lua: INCREMENT_FIELD });
  client.defineCommand('mgAppendLog', { numberOfKeys: 1, lua: APPEND_LOG });
  const scripts = client as unknown as Scripts;
  const k = (key: string) => prefix + key;
  // Unique members for equal records: this process's id and a counter that sorts as it grows.
  const instance = randomBytes(4).toString('hex');
  let sequence = 0;

  return {
    async claim(key, ttlMs) {
      return (await client.set(k(key), '1', 'PX', ttlMs, 'NX')) === 'OK';
    },
    async get(key) {
      return (await client.get(k(key))) ?? undefined;
    },
    async set(key, value, ttlMs = DEFAULT_KEY_TTL_MS) {
      await client.set(k(key), value, 'PX', ttlMs);
    },
    async pushCapped(key, value, maxLength, ttlMs) {
      checked(await client.multi().rpush(k(key), value).ltrim(k(key), -maxLength, -1).pexpire(k(key), ttlMs).exec());
    },
    async list(key) {
      return client.lrange(k(key), 0, -1);
    },
    async hitWindow(key, windowMs) {
      const [count, resetInMs] = await scripts.mgHitWindow(k(key), windowMs);
      return { count: Number(count), resetInMs: Number(resetInMs) };
    },
    async incrementField(key, field, by = 1) {
      return Number(await scripts.mgIncrementField(k(key), field, Math.trunc(by), DEFAULT_KEY_TTL_MS));
    },
    async fields(key) {
      const hash = await client.hgetall(k(key));
      return Object.fromEntries(Object.entries(hash).map(([field, value]) => [field, Number(value)]));
    },
    async appendLog(key, record, atMs, retainMs, id) {
      const at = now();
      // A given id is the member's unique part, so the same append sent twice is one member.
      const unique = id?.replaceAll('|', '_') ?? `${instance}${(sequence++).toString(36).padStart(8, '0')}`;
      const member = `${atMs + retainMs}|${unique}|${record}`;
      await scripts.mgAppendLog(k(key), atMs, member, at - retainMs, Math.max(1, atMs + retainMs - at));
    },
    async readLog(key, sinceMs) {
      const at = now();
      const members = await client.zrangebyscore(k(key), sinceMs, '+inf');
      return members.flatMap((member) => {
        const first = member.indexOf('|');
        const second = member.indexOf('|', first + 1);
        return Number(member.slice(0, first)) > at ? [member.slice(second + 1)] : [];
      });
    },
  };
}
