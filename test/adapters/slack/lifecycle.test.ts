import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFrontDoor } from '../../support/front-door.js';
import { createSlackAdapter, SlackConfigError, type SlackConfig } from '../../../src/adapters/slack/index.js';
import { createFakeGuide } from './helpers/fake-guide.js';
import { startFakeSlack, type FakeSlack } from './helpers/fake-slack.js';
import { BOT_USER_ID, directMessage, mention, startHarness, unique } from './helpers/harness.js';

const base: SlackConfig = { botToken: 'xoxb-test-token', command: '/ask', commandVisibility: 'ephemeral', channels: [], apiRetries: 0 };

function deps() {
  const logger = pino({ level: 'silent' });
  return { frontDoor: testFrontDoor(createFakeGuide(), logger), logger };
}

describe('Slack adapter configuration and start-up', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
  });
  afterAll(() => fake.close());

  it('names SLACK_SIGNING_SECRET when HTTP mode has none', () => {
    expect(() => createSlackAdapter(base, deps())).toThrow(SlackConfigError);
    expect(() => createSlackAdapter(base, deps())).toThrow(
      'SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify requests (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  });

  it('checks the bot token at start and names SLACK_BOT_TOKEN when Slack rejects it', async () => {
    fake.failNext('auth.test', { error: 'invalid_auth' });
    const adapter = createSlackAdapter({ ...base, signingSecret: 's', apiUrl: fake.apiUrl }, deps());
    await expect(adapter.start()).rejects.toThrow('Slack rejected SLACK_BOT_TOKEN (invalid_auth): set it to a bot token (xoxb-…)');
    expect(adapter.status()).toBe('stopped');
  });

  it('names SLACK_APP_TOKEN when Socket Mode cannot open a connection', async () => {
    fake.failNext('apps.connections.open', { error: 'invalid_auth' });
    const adapter = createSlackAdapter({ ...base, appToken: 'xapp-bad', apiUrl: fake.apiUrl, botUserId: 'U1', botId: 'B1' }, deps());
    await expect(adapter.start()).rejects.toThrow(
      'Slack rejected SLACK_APP_TOKEN (invalid_auth): set it to an app-level token (xapp-…) with connections:write',
    );
    expect(adapter.status()).toBe('stopped');
  });

  it('learns its own user id from auth.test: strips its mention and ignores its own messages', async () => {
    const authTests = () => fake.calls.filter((c) => c.method === 'auth.test');
    const before = authTests().length;
    const h = await startHarness({ mode: 'http', fake, config: { botUserId: undefined, botId: undefined } });
    try {
      expect(authTests().slice(before).map((c) => c.authorization)).toEqual(['Bearer xoxb-test-token']);
      const own = directMessage('my own words', { channel: unique('D0OWN') });
      own.event.user = BOT_USER_ID;
      await h.event(own);
      const body = mention('what is a GAN?', { channel: unique('C0AUTH') });
      await h.event(body);
      const post = await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === body.event.ts);
      expect(post.args.text).toBe('*Echo:* what is a GAN?\n• history: none');
      expect(fake.posts().filter((c) => c.args.channel === own.event.channel)).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('answers mentions only in the configured channels', async () => {
    const h = await startHarness({ mode: 'http', fake, config: { channels: ['C0ALLOWED'] } });
    try {
      const outside = mention('what is a GAN?', { channel: 'C0OUTSIDE' });
      await h.event(outside);
      const inside = mention('what is a GAN?', { channel: 'C0ALLOWED' });
      await h.event(inside);
      await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === inside.event.ts);
      expect(fake.posts().filter((c) => c.args.channel === 'C0OUTSIDE')).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('lets answers in flight finish before stop() resolves, and refuses new questions meanwhile', async () => {
    const h = await startHarness({ mode: 'http', fake });
    const held = fake.hold('chat.postMessage');
    const body = mention('what is a GAN?', { channel: unique('C0DRAIN') });
    await h.event(body);
    await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === body.event.ts);
    expect(h.frontDoor.inFlight()).toBe(1);
    let stopped = false;
    const stopping = h.adapter.stop().then(() => (stopped = true));
    const late = mention('and diffusion?', { channel: unique('C0DRAIN') });
    await h.event(late);
    const refusal = await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === late.event.ts);
    expect(refusal.args.text).toBe('Model Guide is restarting right now. Please ask again in a moment.');
    expect(stopped).toBe(false);
    held.release();
    await stopping;
    expect(h.frontDoor.inFlight()).toBe(0);
    expect(h.adapter.status()).toBe('stopped');
    await h.close();
  });
});
