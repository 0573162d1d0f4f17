/**
 * With REDIS_URL the report lives in the shared state store, on a real redis-server: what one bot
 * records, `model-guide report` reads from Redis (and no SQLite file is made under DATA_DIR).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../src/app/start.js';
import { reportFile } from '../../src/report/open.js';
import { captureLogger, fakeGuide, fakeKnowledgeBase, tempProject, testConfig } from '../app/helpers.js';
import { cli } from '../cli/run-cli.js';
import { startRedis, type LocalRedis } from '../support/redis.js';

let redis: LocalRedis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

describe("the owners' report on Redis", () => {
  it('is written by the bot into the state store and read back by model-guide report', { timeout: 30_000 }, async () => {
    const { knowledgeDir } = tempProject();
    const dataDir = mkdtempSync(join(tmpdir(), 'report-redis-'));
    const guide = fakeGuide();
    const unsure = { ...guide, ask: (q: { text: string }) => ({ ...guide.ask(q), ...(/weather|recipe/.test(q.text) ? { answered: false, kind: 'no_answer' as const, sources: [] } : {}) }) };
    const state = { redisUrl: redis.url, keyPrefix: 'report-test:' };
    const app = await startApp(testConfig(knowledgeDir, { dataDir, state }), {
      logger: captureLogger([], 'silent').logger,
      loadKnowledge: async (dir) => fakeKnowledgeBase(dir),
      createGuide: () => unsure,
      createAdapters: () => [],
      processMetrics: false,
    });
    const door = app.frontDoor.forPlatform('discord');
    for (const text of ['What is the weather in Lisbon?', 'A recipe for pancakes?']) await door.ask({ userId: 'U1', text, conversation: text, context: { channelKind: 'channel' } });
    const answered = await door.ask({ userId: 'U1', text: 'What is a reasoning model?', conversation: 'c3', context: { channelKind: 'dm' } });
    await door.vote({ answerId: answered.type === 'answer' ? answered.answerId : undefined, vote: 'down', userId: 'U2', context: { channelKind: 'dm' } });
    await app.stop();

    const run = cli(['report', '--json', '--since', '1d'], { cwd: dataDir, env: { REDIS_URL: redis.url, KEY_PREFIX: 'report-test:', DATA_DIR: dataDir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, any>;
    expect(report.location).toBe('Redis (the shared state store)');
    expect(report.unanswered.map((q: any) => [q.question, q.platforms, q.channelKinds])).toEqual([
      ['A recipe for pancakes?', ['discord'], ['channel']],
      ['What is the weather in Lisbon?', ['discord'], ['channel']],
    ]);
    expect(report.disliked).toMatchObject([{ count: 1, questions: ['What is a reasoning model?'], answer: 'guide answers "What is a reasoning model?"', sources: ['models.md#1'] }]);
    expect(report.totals).toMatchObject({ questions: 3, answered: 1, unanswered: 2, downVotes: 1 });
    expect(existsSync(reportFile(dataDir))).toBe(false);
  });

  it('says so when Redis cannot be reached, rather than printing an empty report', () => {
    const run = cli(['report'], { env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot reach Redis at REDIS_URL');
  });
});
