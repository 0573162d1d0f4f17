/**
 * Redis stopped in the middle of a run of questions to two real replicas: every question is still
 * answered, /readyz says the store is degraded (and stays 200: the bot still answers), one warning,
 * and once Redis is back both replicas share state again, without a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { BOT_USER_ID, mention, SIGNING_SECRET, slashCommand, unique } from '../adapters/slack/helpers/harness.js';
import { startRedis, type LocalRedis } from '../support/redis.js';
import { eventually } from './reload-helpers.js';
import { startReplica, type Replica } from './replicas.js';

let redis: LocalRedis;
let fake: FakeSlack;
let replicas: Replica[] = [];

beforeAll(async () => {
  [redis, fake] = await Promise.all([startRedis(), startFakeSlack()]);
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-outage-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER_ID,
    SLACK_BOT_ID: 'B0LAN0Z89',
    SLACK_API_URL: fake.apiUrl,
    REDIS_URL: redis.url,
    KEY_PREFIX: 'outage:',
  };
  replicas = await Promise.all([startReplica('a', env, SIGNING_SECRET), startReplica('b', env, SIGNING_SECRET)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await fake?.close();
  await redis?.stop();
});

const QUESTIONS = ['What is a reasoning model?', 'GAN vs diffusion?', 'Which model for images on-prem?', 'What is LoRA?'];
const warnings = (replica: Replica) => replica.logs().filter((l) => l.level === 40 && /^state store degraded/.test(l.msg));
const storeOf = async (replica: Replica) => (await replica.readyz()).body.store as { backend: string; state: string };

/** Asks `count` slash commands, alternating replicas, each from its own user; resolves with the answers' texts. */
async function askRun(count: number, offset: number): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const { fields, id } = slashCommand(fake, QUESTIONS[i % QUESTIONS.length]!, { user: `U0RUN${offset + i}` });
    expect(await replicas[i % 2]!.slack(fields, { form: true })).toBe(200);
    texts.push((await fake.waitForResponse((r) => r.id === id)).body.text as string);
  }
  return texts;
}

describe('Redis stopped in the middle of a run of questions', () => {
  it('keeps answering every question, shows the store degraded, and shares state again once Redis is back', { timeout: 90_000 }, async () => {
    const apology = /something went wrong|restarting/;
    expect((await askRun(10, 0)).filter((t) => apology.test(t))).toEqual([]);
    for (const replica of replicas) expect(await storeOf(replica)).toEqual({ backend: 'redis', state: 'ok' });

    await redis.stop();
    const during = await askRun(10, 10);
    expect(during).toHaveLength(10);
    expect(during.filter((t) => apology.test(t))).toEqual([]);
    for (const replica of replicas) {
      const ready = await replica.readyz();
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ready', store: { backend: 'redis', state: 'degraded' } });
      expect(warnings(replica)).toHaveLength(1);
    }

    // Per process meanwhile: a repeat of an event on the same replica is still dropped.
    const channel = unique('C0OUTAGE');
    const event = mention('what is a GAN?', { channel, user: 'U0OUTAGE1' });
    await replicas[0]!.slack(event);
    await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === event.event.ts);
    await replicas[0]!.slack(event, { retryNum: 1 });
    await eventually(() => replicas[0]!.logs().some((l) => l.msg === 'repeated event delivery ignored' && l.eventId === event.event_id), (seen) => seen, 'the repeat dropped');

    await redis.start();
    for (const replica of replicas) await eventually(() => storeOf(replica), (s) => s.state === 'ok', `${replica.name} healthy again`);
    expect((await askRun(10, 20)).filter((t) => apology.test(t))).toEqual([]);

    // Shared again: a thread started on one replica continues on the other.
    const thread = unique('C0AFTER');
    const first = mention('What does Claude 4.5 Sonnet cost per 1M tokens?', { channel: thread, user: 'U0AFTER1' });
    await replicas[0]!.slack(first);
    await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === first.event.ts);
    const followUp = mention('and its context window?', { channel: thread, threadTs: first.event.ts, user: 'U0AFTER1' });
    await replicas[1]!.slack(followUp);
    await eventually(() => replicas[1]!.logs().find((l) => l.msg === 'answer' && l.eventId === followUp.event_id), Boolean, 'the follow-up answered');
    expect(replicas[1]!.logs().find((l) => l.msg === 'answer' && l.eventId === followUp.event_id)).toMatchObject({ historyLength: 1 });
    for (const replica of replicas) {
      expect(replica.logs().some((l) => l.msg.startsWith('state store healthy again'))).toBe(true);
      expect(warnings(replica)).toHaveLength(1);
    }
  });
});
