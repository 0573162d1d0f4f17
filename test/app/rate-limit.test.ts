import { describe, expect, it } from 'vitest';
import { createAskFlow, type AskResult } from '../../src/adapters/shared/ask-flow.js';
import { createRateLimiter, type RateLimiter } from '../../src/adapters/shared/rate-limiter.js';
import { captureLogger, fakeGuide } from './helpers.js';

/** The real limiter on a clock the test moves (seconds since the first question). */
function clockedLimiter(perUser: number): { limiter: RateLimiter; at(seconds: number): void } {
  const real = createRateLimiter({ perUser, windowMs: 60_000 });
  const start = 1_800_000_000_000;
  let now = start;
  return { limiter: { check: (key) => real.check(key, now) }, at: (seconds) => void (now = start + seconds * 1000) };
}

function flowWith(limiter: RateLimiter) {
  const { logger, records } = captureLogger();
  const flow = createAskFlow({ guide: fakeGuide(), logger, limiter });
  const ask = (userId: string, platform = 'slack', text = 'What is a reasoning model?') => flow.ask({ platform, userId, text });
  return { ask, records };
}

const reply = (result: AskResult) => (result.type === 'answer' ? result.answer.text : result.message);

describe('the fair-use rate limit', () => {
  it('tells a user over the limit when to ask again, counted from their oldest question in the last minute', async () => {
    const clock = clockedLimiter(2);
    const { ask } = flowWith(clock.limiter);
    clock.at(0);
    expect((await ask('U1')).type).toBe('answer');
    clock.at(15);
    expect((await ask('U1')).type).toBe('answer');
    clock.at(20);
    const limited = await ask('U1');
    expect(limited).toEqual({
      type: 'rate_limited',
      message: "You're asking faster than I can keep up with. Please try again in 40 seconds.",
      retryAfterMs: 40_000,
    });
    clock.at(59.5);
    expect(reply(await ask('U1'))).toBe("You're asking faster than I can keep up with. Please try again in 1 second.");
    clock.at(60);
    expect(reply(await ask('U1'))).toBe('guide answers "What is a reasoning model?"');
  });

  it('leaves other users, and the same user on another platform, unaffected', async () => {
    const clock = clockedLimiter(1);
    const { ask } = flowWith(clock.limiter);
    expect((await ask('U1', 'slack')).type).toBe('answer');
    expect((await ask('U1', 'slack')).type).toBe('rate_limited');
    expect((await ask('U2', 'slack')).type).toBe('answer');
    expect((await ask('U1', 'discord')).type).toBe('answer');
    expect((await ask('U1', 'terminal')).type).toBe('answer');
    expect((await ask('U1', 'slack')).type).toBe('rate_limited');
  });

  it('logs who was limited and for how long, without the question text', async () => {
    const clock = clockedLimiter(1);
    const { ask, records } = flowWith(clock.limiter);
    await ask('U1', 'slack', 'first secret question');
    await ask('U1', 'slack', 'second secret question');
    const line = records().find((r) => r.msg === 'rate limited');
    expect(line).toMatchObject({ platform: 'slack', user: 'U1', retryAfterSeconds: 60 });
    expect(JSON.stringify(records())).not.toContain('secret question');
  });

  it('limits nobody when set to 0', async () => {
    const { ask } = flowWith(createRateLimiter({ perUser: 0, windowMs: 60_000 }));
    const results = await Promise.all(Array.from({ length: 50 }, () => ask('U1')));
    expect(results.every((r) => r.type === 'answer')).toBe(true);
  });
});
