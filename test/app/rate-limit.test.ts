import { describe, expect, it } from 'vitest';
import { createFrontDoor } from '../../src/bot/index.js';
import type { TurnResult } from '../../src/bot/types.js';
import { createMemoryStore } from '../../src/state/memory-store.js';
import { captureLogger, fakeGuide } from './helpers.js';

/** A front door over the real memory store on a clock the test moves (seconds since the first question). */
function clockedDoor(perUser: number) {
  const start = 1_800_000_000_000;
  let now = start;
  const { logger, records } = captureLogger();
  const store = createMemoryStore({ now: () => now });
  const frontDoor = createFrontDoor({ guide: fakeGuide(), logger, store, rateLimit: { perUser, windowMs: 60_000 } });
  let turn = 0;
  const ask = (userId: string, platform = 'slack', text = 'What is a reasoning model?') =>
    frontDoor.forPlatform(platform).ask({ userId, text, conversation: `c${++turn}` });
  return { ask, records, at: (seconds: number) => void (now = start + seconds * 1000) };
}

const reply = (result: TurnResult) => (result.type === 'answer' ? result.answer.text : result.type === 'help' ? 'help' : result.message);

describe('the fair-use rate limit', () => {
  it('tells a user over the limit when to ask again, counted from their first question of the minute', async () => {
    const { ask, at } = clockedDoor(2);
    at(0);
    expect((await ask('U1')).type).toBe('answer');
    at(15);
    expect((await ask('U1')).type).toBe('answer');
    at(20);
    const limited = await ask('U1');
    expect(limited).toEqual({
      type: 'rate_limited',
      message: "You're asking faster than I can keep up with. Please try again in 40 seconds.",
      retryAfterMs: 40_000,
    });
    at(59.5);
    expect(reply(await ask('U1'))).toBe("You're asking faster than I can keep up with. Please try again in 1 second.");
    at(60);
    expect(reply(await ask('U1'))).toBe('guide answers "What is a reasoning model?"');
  });

  it('leaves other users, and the same user on another platform, unaffected', async () => {
    const { ask } = clockedDoor(1);
    expect((await ask('U1', 'slack')).type).toBe('answer');
    expect((await ask('U1', 'slack')).type).toBe('rate_limited');
    expect((await ask('U2', 'slack')).type).toBe('answer');
    expect((await ask('U1', 'discord')).type).toBe('answer');
    expect((await ask('U1', 'terminal')).type).toBe('answer');
    expect((await ask('U1', 'slack')).type).toBe('rate_limited');
  });

  it('logs who was limited and for how long, without the question text', async () => {
    const { ask, records } = clockedDoor(1);
    await ask('U1', 'slack', 'first secret question');
    await ask('U1', 'slack', 'second secret question');
    const line = records().find((r) => r.msg === 'rate limited');
    expect(line).toMatchObject({ platform: 'slack', user: 'U1', retryAfterSeconds: 60 });
    expect(JSON.stringify(records())).not.toContain('secret question');
  });

  it('limits nobody when set to 0', async () => {
    const { ask } = clockedDoor(0);
    const results = await Promise.all(Array.from({ length: 50 }, () => ask('U1')));
    expect(results.every((r) => r.type === 'answer')).toBe(true);
  });

  it('does not count asking for the help', async () => {
    const { ask } = clockedDoor(1);
    for (const text of ['help', '', '?']) expect((await ask('U1', 'slack', text)).type).toBe('help');
    expect((await ask('U1')).type).toBe('answer');
  });
});
