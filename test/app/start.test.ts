import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapters/types.js';
import { AppError } from '../../src/app/errors.js';
import { startApp, type App, type StartDeps } from '../../src/app/start.js';
import { captureLogger, fakeAdapter, fakeGuide, fakeInfo, fakeKnowledgeBase, gate, tempProject, testConfig } from './helpers.js';

async function get(port: number, path: string): Promise<{ status: number; type: string | null; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

function deps(over: Partial<StartDeps> & { logger: StartDeps['logger'] }): StartDeps {
  return {
    loadKnowledge: async (dir) => fakeKnowledgeBase(dir),
    createGuide: () => fakeGuide(),
    createAdapters: () => [],
    processMetrics: false,
    ...over,
  };
}

/** The port the app logged, so a test can probe it while start-up still waits on a platform. */
async function loggedPort(records: () => Record<string, unknown>[]): Promise<number> {
  for (;;) {
    const line = records().find((r) => r.msg === 'http server listening');
    if (line) return line.port as number;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('start-up, health and metrics', () => {
  it('answers /healthz while running and /readyz 503 until every platform is connected, then 200', async () => {
    const { knowledgeDir } = tempProject();
    const { logger, records } = captureLogger();
    const connected = gate();
    let adapter: Adapter | undefined;
    const starting = startApp(testConfig(knowledgeDir), deps({ logger, createAdapters: (d) => [(adapter = fakeAdapter(d, { connected: connected.promise }))] }));
    const port = await loggedPort(records);

    expect(await get(port, '/healthz')).toMatchObject({ status: 200, type: 'application/json' });
    const before = await get(port, '/readyz');
    expect(before.status).toBe(503);
    expect(JSON.parse(before.body)).toEqual({
      status: 'not_ready',
      knowledge: { state: 'loaded', documents: 3, passages: 12, models: 2, loadedAt: '2026-01-02T03:04:05.000Z', hash: 'hash-one' },
      platforms: { fake: 'starting' },
      store: { backend: 'memory', state: 'ok' },
    });

    connected.open();
    const app = await starting;
    expect(adapter?.status()).toBe('connected');
    const after = await get(port, '/readyz');
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({ status: 'ready', platforms: { fake: 'connected' } });
    await app.stop();
  });

  it('counts answers, latency, errors and the knowledge on /metrics', async () => {
    const { knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    let platform: ReturnType<typeof fakeAdapter> | undefined;
    const app: App = await startApp(testConfig(knowledgeDir), deps({ logger, createAdapters: (d) => [(platform = fakeAdapter(d))] }));
    await platform!.ask('What is a reasoning model?');
    await platform!.ask('And GANs?');
    app.frontDoor.forPlatform('fake').reportError(new Error('socket closed'));

    const metrics = await get(app.address.port, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.type).toMatch(/^text\/plain/);
    expect(metrics.body).toContain('model_guide_answers_total{platform="fake",kind="definition",answered="true"} 2');
    expect(metrics.body).toContain('model_guide_answer_latency_seconds_count{platform="fake"} 2');
    expect(metrics.body).toContain('model_guide_errors_total{platform="fake"} 1');
    expect(metrics.body).toContain('model_guide_knowledge_documents 3');
    expect(metrics.body).toContain('model_guide_knowledge_passages 12');
    expect(metrics.body).toContain('model_guide_state_store_degraded{backend="memory"} 0');
    await app.stop();
  });

  it('mounts the routes a platform asks for (Slack HTTP mode) on the same server', async () => {
    const { knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    const slackLike = (d: Parameters<StartDeps['createAdapters']>[0]): Adapter => ({
      ...fakeAdapter(d, { name: 'slack' }),
      routes: [{ method: 'POST', path: '/slack/events', handle: (_req, res) => res.writeHead(200).end('slack got it') }],
    });
    const app = await startApp(testConfig(knowledgeDir), deps({ logger, createAdapters: (d) => [slackLike(d)] }));
    const res = await fetch(`http://127.0.0.1:${app.address.port}/slack/events`, { method: 'POST', body: '{}' });
    expect(await res.text()).toBe('slack got it');
    await app.stop();
  });

  it('shows a swapped-in knowledge version on /readyz and /metrics, and answers from it', async () => {
    const { knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    const app = await startApp(testConfig(knowledgeDir), deps({ logger }));
    app.guide.swap(fakeGuide(fakeInfo({ documents: 40, passages: 400, hash: 'hash-two' }), 'new guide'));
    expect(app.guide.ask({ text: 'hi' }).text).toBe('new guide answers "hi"');
    expect(JSON.parse((await get(app.address.port, '/readyz')).body).knowledge).toMatchObject({ documents: 40, hash: 'hash-two' });
    expect((await get(app.address.port, '/metrics')).body).toContain('model_guide_knowledge_documents 40');
    await app.stop();
  });

  it('fails with the platform named when a platform cannot connect, and closes the server', async () => {
    const { knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    const failing = (d: Parameters<StartDeps['createAdapters']>[0]): Adapter => ({
      ...fakeAdapter(d, { name: 'discord' }),
      start: () => Promise.reject(new Error('An invalid token was provided.')),
    });
    const error = await startApp(testConfig(knowledgeDir), deps({ logger, createAdapters: (d) => [failing(d)] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Could not connect to discord: An invalid token was provided.');
  });

  it('names the port when it is taken', async () => {
    const { knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    const first = await startApp(testConfig(knowledgeDir), deps({ logger }));
    const port = first.address.port;
    const error = await startApp(testConfig(knowledgeDir, { port }), deps({ logger })).catch((e: unknown) => e);
    expect((error as AppError).message).toBe(`PORT ${port} is already in use: stop the other process or set PORT to a free port.`);
    await first.stop();
  });

  it('applies the configured per-user rate limit through the front door, user by user', async () => {
    const { knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    let platform: ReturnType<typeof fakeAdapter> | undefined;
    const config = testConfig(knowledgeDir, { rateLimit: { perUser: 1, windowMs: 60_000 } });
    const app = await startApp(config, deps({ logger, createAdapters: (d) => [(platform = fakeAdapter(d))] }));
    await platform!.ask('First?', 'U1');
    await platform!.ask('Second?', 'U1');
    await platform!.ask('Mine?', 'U2');
    expect(platform!.replies).toEqual([
      'guide answers "First?"',
      "You're asking faster than I can keep up with. Please try again in 60 seconds.",
      'guide answers "Mine?"',
    ]);
    await app.stop();
  });
});
