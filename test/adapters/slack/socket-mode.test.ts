import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mention, startHarness, until, type Harness } from './helpers/harness.js';

describe('Slack in Socket Mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'socket', config: { socketPingTimeoutMs: 50 } });
  });
  afterAll(() => h.close());

  it('connects through apps.connections.open with the app-level token and needs no HTTP route', () => {
    const opens = h.fake.calls.filter((c) => c.method === 'apps.connections.open');
    expect(opens.map((c) => c.authorization)).toEqual(['Bearer xapp-test-token']);
    expect(h.adapter.routes).toEqual([]);
    expect(h.adapter.status()).toBe('connected');
    expect(h.fake.socketCount()).toBe(1);
  });

  it('acks each envelope by its id, then answers', async () => {
    const body = mention('what is a GAN?');
    const ack = await h.fake.sendEnvelope('events_api', body);
    expect(ack).toEqual({ envelope_id: expect.any(String), payload: {} });
    const post = await h.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === body.event.ts);
    expect(post.args.text).toBe('*Echo:* what is a GAN?\n• history: none');
  });

  it('reconnects when Slack drops the socket, and keeps answering', async () => {
    h.fake.dropSockets();
    await until(() => h.fake.calls.filter((c) => c.method === 'apps.connections.open').length === 2, 'a second apps.connections.open');
    await until(() => h.fake.socketCount() === 1 && h.adapter.status() === 'connected', 'connected again');
    const body = mention('and diffusion?');
    await h.event(body);
    const post = await h.fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === body.event.ts);
    expect(post.args.text).toBe('*Echo:* and diffusion?\n• history: none');
  });

  it('closes the socket on stop', async () => {
    await h.adapter.stop();
    expect(h.adapter.status()).toBe('stopped');
    await until(() => h.fake.socketCount() === 0, 'the socket closed');
  });
});
