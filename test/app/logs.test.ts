import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config/index.js';
import { startApp } from '../../src/app/start.js';
import { captureLogger, fakeAdapter, fakeGuide, fakeKnowledgeBase, tempProject } from './helpers.js';

const secrets = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-secretbot',
  SLACK_SIGNING_SECRET: 'signing-secret-3333',
  SLACK_APP_TOKEN: 'xapp-1-A0-4444-secretapp',
  DISCORD_TOKEN: 'MTAxNDc.discord.5555secret',
};

describe('logs', () => {
  it('never contain a token, secret, signature or authorization header, whatever carries them', async () => {
    const { root, knowledgeDir } = tempProject();
    const parsed = loadConfig({ env: { ...secrets, KNOWLEDGE_DIR: knowledgeDir, HOST: '127.0.0.1', PORT: '0' }, cwd: root, projectRoot: root });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { config } = parsed;
    const { logger, lines } = captureLogger(config.secrets, 'trace');

    let platform: ReturnType<typeof fakeAdapter> | undefined;
    const app = await startApp(config, {
      logger,
      loadKnowledge: async (dir) => fakeKnowledgeBase(dir),
      createGuide: () => fakeGuide(),
      createAdapters: (deps) => {
        // What careless adapter code might log: its whole config, a request, an error quoting the token.
        deps.logger.info({ config }, 'platform config');
        deps.logger.debug({ headers: { authorization: `Bearer ${secrets.SLACK_BOT_TOKEN}`, 'x-slack-signature': 'v0=abcdef0123456789' } }, 'request');
        deps.logger.error({ err: new Error(`invalid auth for ${secrets.DISCORD_TOKEN}`) }, 'login failed');
        deps.logger.warn(`retrying with ${secrets.SLACK_APP_TOKEN}`);
        return [(platform = fakeAdapter(deps))];
      },
      processMetrics: false,
    });
    await platform!.ask(`my token is ${secrets.SLACK_SIGNING_SECRET}`);
    await app.stop();

    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      for (const value of [...Object.values(secrets), 'v0=abcdef0123456789']) expect(line).not.toContain(value);
    }
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('log one line per answer with platform, kind, answered, latency and sources, and the question only as length and hash', async () => {
    const { knowledgeDir } = tempProject();
    const { logger, records } = captureLogger();
    let platform: ReturnType<typeof fakeAdapter> | undefined;
    const app = await startApp(
      { knowledgeDir, port: 0, host: '127.0.0.1', logLevel: 'info', logQuestions: false, rateLimit: { perUser: 10, windowMs: 60_000 }, headless: false, slack: undefined, discord: undefined, secrets: [] },
      { logger, loadKnowledge: async (d) => fakeKnowledgeBase(d), createGuide: () => fakeGuide(), createAdapters: (d) => [(platform = fakeAdapter(d))], processMetrics: false },
    );
    await platform!.ask('What is a reasoning model?');
    await app.stop();
    const answers = records().filter((r) => r.msg === 'answer');
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ platform: 'fake', kind: 'definition', answered: true, sources: ['models.md#1'], questionLength: 26 });
    expect(typeof answers[0]!.latencyMs).toBe('number');
    expect(answers[0]!.questionHash).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.stringify(records())).not.toContain('What is a reasoning model?');
  });
});
