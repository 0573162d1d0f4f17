/**
 * Two real bot processes logged in as the same Discord bot, shard 0 and shard 1 of 2, sharing one
 * real redis-server, against the fake gateway speaking shards: each answers its own servers' messages
 * (DMs on shard 0), nobody answers twice, nothing is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../adapters/discord/fake-discord.js';
import { BOT_ID, botUser, CHANNEL_ID, dmMessage, fixture, GUILD_ID, guildMessage, OTHER_CHANNEL_ID, OTHER_GUILD_ID, otherGuild } from '../adapters/discord/payloads.js';
import { startRedis, type LocalRedis } from '../support/redis.js';
import { eventually } from './reload-helpers.js';
import { startReplica, type Replica } from './replicas.js';

let redis: LocalRedis;
let fake: FakeDiscord;
const replicas: Replica[] = [];

beforeAll(async () => {
  [redis, fake] = await Promise.all([startRedis(), startFakeDiscord({ guilds: [fixture('guild-create.json'), otherGuild()] })]);
  const env = (shard: number) => ({
    DISCORD_TOKEN: 'replica-bot-token',
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_SHARD_COUNT: '2',
    DISCORD_SHARD_IDS: String(shard),
    REDIS_URL: redis.url,
    KEY_PREFIX: 'replicas-discord:',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  replicas.push(...(await Promise.all([startReplica('shard-0', env(0)), startReplica('shard-1', env(1))])));
}, 60_000);
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
  await fake?.close();
  await redis?.stop();
});

const answeredBy = (messageId: string) => replicas.filter((r) => r.logs().some((l) => l.msg === 'answer' && l.messageId === messageId)).map((r) => r.name);
const repliesTo = (messageId: string) => fake.requests.filter((r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId);

describe('two replicas as shard 0 and shard 1 of 2', () => {
  it('identify as their own shard and are ready', async () => {
    expect(fake.shards().sort()).toEqual([[0, 2], [1, 2]]);
    for (const replica of replicas) expect((await replica.readyz()).body).toMatchObject({ status: 'ready', platforms: { discord: 'connected' }, store: { backend: 'redis', state: 'ok' } });
  });

  it('answer every server message exactly once, each by the replica that owns its server, and DMs on shard 0', { timeout: 60_000 }, async () => {
    const inFirst = Array.from({ length: 5 }, (_, i) => guildMessage({ content: `<@${BOT_ID}> what is a GAN? (${i})`, mentions: [botUser], guildId: GUILD_ID, channelId: CHANNEL_ID }));
    const inSecond = Array.from({ length: 5 }, (_, i) => guildMessage({ content: `<@${BOT_ID}> what is LoRA? (${i})`, mentions: [botUser], guildId: OTHER_GUILD_ID, channelId: OTHER_CHANNEL_ID }));
    const dms = Array.from({ length: 3 }, (_, i) => dmMessage(`what is a reasoning model? (${i})`));
    for (const message of [...inFirst, ...inSecond, ...dms]) fake.dispatch('MESSAGE_CREATE', message);

    const all = [...inFirst, ...inSecond, ...dms];
    const dmReplies = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${dms[0]!.channel_id}/messages`);
    const replied = () => [...inFirst, ...inSecond].filter((m) => repliesTo(m.id).length > 0).length + dmReplies().length;
    await eventually(replied, (n) => n === all.length, 'every message replied to');
    for (const m of inFirst) expect([answeredBy(m.id), repliesTo(m.id).length]).toEqual([['shard-1'], 1]);
    for (const m of inSecond) expect([answeredBy(m.id), repliesTo(m.id).length]).toEqual([['shard-0'], 1]);
    for (const m of dms) expect(answeredBy(m.id)).toEqual(['shard-0']);
    expect(dmReplies()).toHaveLength(dms.length);
  });
});
