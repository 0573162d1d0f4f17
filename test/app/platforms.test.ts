import { describe, expect, it } from 'vitest';
import { configForRun, messages, planRun } from '../../src/app/platforms.js';
import { testConfig } from './helpers.js';

const slack = { botToken: 'xoxb-1', signingSecret: 's', command: '/ask', commandVisibility: 'ephemeral' as const, channels: [] };
const discord = { token: 't', channels: [] };

describe('what npm start runs', () => {
  it('runs every configured platform, terminal or not', () => {
    expect(planRun(testConfig('/k', { slack, discord }), { stdinIsTTY: true })).toEqual({ mode: 'platforms', slack, discord });
    expect(planRun(testConfig('/k', { discord }), { stdinIsTTY: false })).toEqual({ mode: 'platforms', slack: undefined, discord });
  });

  it('opens the local chat when nothing is configured and stdin is a terminal', () => {
    expect(planRun(testConfig('/k'), { stdinIsTTY: true })).toEqual({ mode: 'terminal' });
  });

  it('serves HTTP only when HEADLESS is set and nothing is configured', () => {
    expect(planRun(testConfig('/k', { headless: true }), { stdinIsTTY: false })).toEqual({ mode: 'platforms', slack: undefined, discord: undefined });
  });

  it('runs nothing, naming both tokens and the README, without a terminal or a platform', () => {
    const plan = planRun(testConfig('/k'), { stdinIsTTY: false });
    expect(plan).toEqual({ mode: 'nothing', message: messages.noPlatform });
    expect(messages.noPlatform).toContain('SLACK_BOT_TOKEN');
    expect(messages.noPlatform).toContain('DISCORD_TOKEN');
    expect(messages.noPlatform).toContain('README');
  });

  it('runs the local chat without a rate limit, and the platforms with the configured one', () => {
    const limited = testConfig('/k', { slack, rateLimit: { perUser: 3, windowMs: 60_000 } });
    expect(configForRun(limited, { mode: 'terminal' }).rateLimit).toEqual({ perUser: 0, windowMs: 60_000 });
    const plan = planRun(limited, { stdinIsTTY: true });
    expect(configForRun(limited, plan)).toBe(limited);
  });
});
