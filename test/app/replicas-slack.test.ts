/**
 * Two real bot processes in Slack's HTTP mode sharing one real redis-server, as behind a load balancer:
 * whichever replica a delivery, a follow-up or a click lands on, the bot behaves as one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { BOT_USER_ID, buttonsOf, click, directMessage, mention, sectionsOf, SIGNING_SECRET, slashCommand, unique } from '../adapters/slack/helpers/harness.js';
import { startRedis, type LocalRedis } from '../support/redis.js';
import { eventually } from './reload-helpers.js';
import { clickForm, startReplica, type Replica } from './replicas.js';

let redis: LocalRedis;
let fake: FakeSlack;
let a: Replica;
let b: Replica;

beforeAll(async () => {
  [redis, fake] = await Promise.all([startRedis(), startFakeSlack()]);
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-replica-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_USER_ID: BOT_USER_ID,
    SLACK_BOT_ID: 'B0LAN0Z89',
    SLACK_API_URL: fake.apiUrl,
    REDIS_URL: redis.url,
    KEY_PREFIX: 'replicas-slack:',
    RATE_LIMIT_PER_MINUTE: '3',
  };
  [a, b] = await Promise.all([startReplica('a', env, SIGNING_SECRET), startReplica('b', env, SIGNING_SECRET)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await fake?.close();
  await redis?.stop();
});

const postsIn = (channel: string, threadTs: string) => fake.posts().filter((c) => c.args.channel === channel && c.args.thread_ts === threadTs);
const answerLines = (replica: Replica, eventId: string) => replica.logs().filter((l) => l.msg === 'answer' && l.eventId === eventId);
const repeatsOf = (replica: Replica, eventId: string) => replica.logs().filter((l) => l.msg === 'repeated event delivery ignored' && l.eventId === eventId);

describe('two replicas sharing Redis, Slack over HTTP', () => {
  it('shows the shared store on /readyz of both', async () => {
    for (const replica of [a, b]) {
      expect(await replica.readyz()).toMatchObject({ status: 200, body: { status: 'ready', store: { backend: 'redis', state: 'ok' } } });
    }
  });

  it('answers an event once when Slack retries it to the other replica', { timeout: 30_000 }, async () => {
    const channel = unique('C0RETRY');
    const body = mention('what is a reasoning model?', { channel, user: 'U0RETRY1' });
    expect(await a.slack(body)).toBe(200);
    await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === body.event.ts);
    expect(await b.slack(body, { retryNum: 1 })).toBe(200);
    await eventually(() => repeatsOf(b, body.event_id).length, (n) => n === 1, 'the other replica dropping the retry');
    expect(postsIn(channel, body.event.ts)).toHaveLength(1);
    expect(answerLines(b, body.event_id)).toEqual([]);
  });

  it('answers once when the same delivery reaches both replicas at the same moment', { timeout: 30_000 }, async () => {
    const channel = unique('C0RACE');
    const body = mention('GAN vs diffusion?', { channel, user: 'U0RACE1' });
    expect(await Promise.all([a.slack(body), b.slack(body, { retryNum: 1 })])).toEqual([200, 200]);
    await eventually(() => repeatsOf(a, body.event_id).length + repeatsOf(b, body.event_id).length, (n) => n === 1, 'one replica dropping it');
    await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === body.event.ts);
    expect(postsIn(channel, body.event.ts)).toHaveLength(1);
  });

  it('keeps the context of a thread when the follow-up lands on the other replica', { timeout: 30_000 }, async () => {
    const channel = unique('C0THREAD');
    const first = mention('What does Claude 4.5 Sonnet cost per 1M tokens?', { channel, user: 'U0THREAD1' });
    await a.slack(first);
    await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === first.event.ts);
    const followUp = mention('and its context window?', { channel, threadTs: first.event.ts, user: 'U0THREAD1' });
    await b.slack(followUp);
    const reply = await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === first.event.ts && c.args.text.includes('context window'));
    expect(answerLines(b, followUp.event_id)).toEqual([expect.objectContaining({ historyLength: 1 })]);
    expect(reply.args.text).toMatch(/Claude/);
  });

  it('keeps a user over the limit on one replica over it on the other', { timeout: 30_000 }, async () => {
    const ask = async (replica: Replica, user: string) => {
      const { fields, id } = slashCommand(fake, 'what is a reasoning model?', { user });
      expect(await replica.slack(fields, { form: true })).toBe(200);
      return (await fake.waitForResponse((r) => r.id === id)).body.text as string;
    };
    for (const replica of [a, b, a]) expect(await ask(replica, 'U0LIMITED')).not.toMatch(/asking faster/);
    expect(await ask(b, 'U0LIMITED')).toMatch(/^You're asking faster than I can keep up with\. Please try again in \d+ seconds?\.$/);
    expect(await ask(a, 'U0LIMITED')).toMatch(/asking faster/);
    expect(await ask(b, 'U0SOMEONE')).not.toMatch(/asking faster/);
  });

  it('shares a private answer whichever replica gets the Share click, without asking again', { timeout: 30_000 }, async () => {
    const { fields, id } = slashCommand(fake, 'which model for images on-prem?', { user: 'U0SHARE1' });
    await a.slack(fields, { form: true });
    const answer = (await fake.waitForResponse((r) => r.id === id)).body;
    const share = buttonsOf(answer.blocks).find((button) => button.action_id === 'share_answer')!;
    const answersOnB = b.logs().filter((l) => l.msg === 'answer').length;
    const clicked = click(fake, share, { ephemeral: true });
    expect(await b.slack(clickForm(clicked.payload), { form: true })).toBe(200);
    const shared = await fake.waitForResponse((r) => r.id === clicked.id && r.body.response_type === 'in_channel');
    expect(sectionsOf(shared.body.blocks)).toEqual(sectionsOf(answer.blocks));
    expect(b.logs().filter((l) => l.msg === 'answer')).toHaveLength(answersOnB);
  });

  it('counts feedback on an answer from either replica in one place', { timeout: 30_000 }, async () => {
    const channel = unique('D0VOTE');
    await a.slack(directMessage('what is LoRA?', { channel }));
    const answer = await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === channel);
    const down = buttonsOf(answer.args.blocks).find((button) => button.action_id === 'feedback_down')!;
    for (const replica of [a, b]) await replica.slack(clickForm(click(fake, down).payload), { form: true });
    await eventually(() => b.logs().filter((l) => l.msg === 'feedback').length + a.logs().filter((l) => l.msg === 'feedback').length, (n) => n === 2, 'both votes logged');
    const votes = [...a.logs(), ...b.logs()].filter((l) => l.msg === 'feedback').map((l) => l.votes?.down).sort();
    expect(votes).toEqual([1, 2]);
  });
});
