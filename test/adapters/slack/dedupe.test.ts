import { describe, expect, it } from 'vitest';
import { createEventDeduper } from '../../../src/adapters/slack/dedupe.js';

describe('event de-duplication', () => {
  it('reports a repeat within the ttl and forgets ids after it', () => {
    const dedupe = createEventDeduper({ ttlMs: 10 * 60_000, maxIds: 100 });
    expect(dedupe.firstSeen('Ev1', 0)).toBe(true);
    expect(dedupe.firstSeen('Ev1', 60_000)).toBe(false); // Slack's ~1 min retry
    expect(dedupe.firstSeen('Ev1', 5 * 60_000)).toBe(false); // and its ~5 min one
    expect(dedupe.firstSeen('Ev1', 10 * 60_000)).toBe(true);
  });

  it('keeps memory bounded, dropping the oldest ids first', () => {
    const dedupe = createEventDeduper({ ttlMs: 60_000, maxIds: 3 });
    for (const id of ['a', 'b', 'c', 'd']) dedupe.firstSeen(id, 0);
    expect(dedupe.size()).toBe(3);
    expect(dedupe.firstSeen('d', 1)).toBe(false);
    expect(dedupe.firstSeen('a', 1)).toBe(true);
  });
});
