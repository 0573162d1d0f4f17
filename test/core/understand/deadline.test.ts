/**
 * A deadline the asker states is read as days, so a plan can hold it against the timelines the
 * documents give; a span that says nothing of delivering ("the past three weeks") is no deadline,
 * and "launch in a month" is when, not a monthly volume.
 */
import { describe, expect, it } from 'vitest';
import { deadlineDays } from '../../../src/core/understand/deadline.js';
import { readConstraints } from '../../../src/core/understand/needs.js';

describe('deadline: a stated time to deliver in', () => {
  it.each([
    ['we need to go live within ten days', 10],
    ['5 days left to ship the beta', 5],
    ['a two-week sprint to get it ready, which one?', 14],
    ['we only have a couple of months', 60],
    ['has to be ready by next week', 7],
  ])('%j is %i days', (text, days) => {
    expect(deadlineDays(text)).toBe(days);
  });

  it.each(['summarise the tickets from the past three weeks', 'a model trained for two months', 'we get 3 days of logs a month'])('%j sets none', (text) => {
    expect(deadlineDays(text)).toBeUndefined();
  });
});

describe('deadline: in the constraints', () => {
  it('"launch in a month" is a deadline of 30 days and no monthly volume', () => {
    const c = readConstraints('small team, we launch in a month: which option?');
    expect(c.deadlineDays).toBe(30);
    expect(c.highVolume).toBe(false);
  });
});
