import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/state/memory-store.js';

/** A memory store on a clock the test moves. */
function clocked(options: { maxKeys?: number; maxLogRecords?: number } = {}) {
  let now = 1_800_000_000_000;
  const store = createMemoryStore({ ...options, now: () => now });
  return { store, advance: (ms: number) => void (now += ms), now: () => now };
}

describe('the memory state store', () => {
  it('keeps its size bounded, forgetting the least recently used keys first', async () => {
    const { store } = clocked({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) await store.set(key, key, 60_000);
    await store.get('a'); // now the most recently used
    await store.set('d', 'd', 60_000);
    expect(await store.get('b')).toBeUndefined();
    expect(await Promise.all(['a', 'c', 'd'].map((k) => store.get(k)))).toEqual(['a', 'c', 'd']);
  });

  it('counts a window from its first hit, with the time left until it starts again', async () => {
    const { store, advance } = clocked();
    expect(await store.hitWindow('rate', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    advance(15_000);
    expect(await store.hitWindow('rate', 60_000)).toEqual({ count: 2, resetInMs: 45_000 });
    advance(45_000);
    expect(await store.hitWindow('rate', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
  });

  it('keeps at most its cap of records in one log, dropping the oldest', async () => {
    const { store, now } = clocked({ maxLogRecords: 2 });
    for (const [i, record] of ['one', 'two', 'three'].entries()) await store.appendLog('log', record, now() + i, 60_000);
    expect(await store.readLog('log', 0)).toEqual(['two', 'three']);
  });

  it('lets a counter expire after the default 30 days', async () => {
    const { store, advance } = clocked();
    await store.incrementField('feedback:a', 'up');
    advance(29 * 24 * 3600_000);
    expect(await store.fields('feedback:a')).toEqual({ up: 1 });
    advance(2 * 24 * 3600_000);
    expect(await store.fields('feedback:a')).toEqual({});
  });
});
