import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFrontDoor } from '../../support/front-door.js';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { createHttpServer } from '../../../src/app/http-server.js';
import { createFakeGuide } from './helpers/fake-guide.js';
import { mention, signature, SIGNING_SECRET, slashCommand, startHarness, type Harness } from './helpers/harness.js';

describe('Slack in HTTP mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterAll(() => h.close());

  it('asks the application to mount POST /slack/events and nothing else', () => {
    expect(h.adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /slack/events']);
    expect(h.adapter.status()).toBe('connected');
  });

  it('refuses a request with a bad signature (401) and answers nothing', async () => {
    const body = JSON.stringify(mention('what is a GAN?'));
    const timestamp = Math.floor(Date.now() / 1000);
    const delivery = await h.post(body, {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(body, timestamp, 'not-the-secret'),
    });
    expect(delivery.status).toBe(401);
    const unsigned = await h.post(body, { 'content-type': 'application/json' });
    expect(unsigned.status).toBe(401);
    // Bolt refuses before dispatching: no handler ran, so nothing was posted.
    expect(h.fake.posts()).toEqual([]);
  });

  it('refuses a correctly signed request with a stale timestamp (401)', async () => {
    const { fields } = slashCommand(h.fake, 'what is a GAN?');
    const delivery = await h.command(fields, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect(delivery.status).toBe(401);
    expect(h.fake.responses).toEqual([]);
  });

  it("answers Slack's url_verification challenge when the Request URL is set up", async () => {
    const delivery = await h.event({ token: 'x', challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' });
    expect(delivery.status).toBe(200);
    expect(JSON.parse(delivery.body)).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });
});

describe('Slack HTTP route before start and after stop', () => {
  it('answers 503 so Slack retries, instead of dropping events', async () => {
    const logger = pino({ level: 'silent' });
    const frontDoor = testFrontDoor(createFakeGuide(), logger);
    const adapter = createSlackAdapter(
      { botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, command: '/ask', commandVisibility: 'ephemeral', channels: [], apiUrl: 'http://127.0.0.1:9/api/' },
      { frontDoor, logger },
    );
    const server = createHttpServer({ port: 0, host: '127.0.0.1' });
    server.mount(adapter.routes);
    const { port } = await server.listen();
    try {
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(503);
      expect(adapter.status()).toBe('stopped');
    } finally {
      await server.close();
    }
  });
});
