/**
 * discord.js's own sharding against the fake gateway speaking shards: one process running both shards
 * of two, and two bots each running one, answer every server's messages exactly once, DMs on shard 0.
 */
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { Adapter } from '../../../src/adapters/types.js';
import { testFrontDoor } from '../../support/front-door.js';
import { createFakeGuide } from './fake-guide.js';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { BOT_ID, botUser, CHANNEL_ID, dmMessage, fixture, GUILD_ID, guildMessage, OTHER_CHANNEL_ID, OTHER_GUILD_ID, otherGuild } from './payloads.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fakeWithTwoServers(): Promise<FakeDiscord> {
  const fake = await startFakeDiscord({ guilds: [fixture('guild-create.json'), otherGuild()] });
  cleanups.push(() => fake.close());
  return fake;
}

async function bot(fake: FakeDiscord, token: string, shards: { shardCount: number; shardIds?: number[] }): Promise<Adapter> {
  const logger = pino({ level: 'silent' });
  const adapter = createDiscordAdapter({ token, apiUrl: fake.apiUrl, channels: [], ...shards }, { frontDoor: testFrontDoor(createFakeGuide(), logger), logger });
  await adapter.start();
  cleanups.push(() => adapter.stop());
  return adapter;
}

const mentionIn = (guildId: string, channelId: string, text: string) =>
  guildMessage({ content: `<@${BOT_ID}> ${text}`, mentions: [botUser], guildId, channelId });
const repliesTo = (fake: FakeDiscord, messageId: string) =>
  fake.requests.filter((r) => r.method === 'POST' && r.body?.message_reference?.message_id === messageId);
const dmReplies = (fake: FakeDiscord, text: string) => fake.requests.filter((r: RecordedRequest) => r.body?.embeds?.[0]?.description === `You asked: ${text}`);

describe('Discord shards', () => {
  it('runs both shards of two in one process, answering both servers and DMs', async () => {
    const fake = await fakeWithTwoServers();
    const adapter = await bot(fake, 'fake-bot-token', { shardCount: 2 });
    expect(fake.shards().sort()).toEqual([[0, 2], [1, 2]]);
    expect(adapter.status()).toBe('connected');

    const one = mentionIn(GUILD_ID, CHANNEL_ID, 'on shard one?');
    const zero = mentionIn(OTHER_GUILD_ID, OTHER_CHANNEL_ID, 'on shard zero?');
    for (const message of [one, zero, dmMessage('in a DM?')]) fake.dispatch('MESSAGE_CREATE', message);
    for (const message of [one, zero]) await fake.nextRequest((r) => r.body?.message_reference?.message_id === message.id);
    await fake.nextRequest((r) => r.body?.embeds?.[0]?.description === 'You asked: in a DM?');

    fake.drop(4000, 1);
    await fake.nextFrame((f) => f.op === 6);
    const after = mentionIn(GUILD_ID, CHANNEL_ID, 'after the resume?');
    fake.dispatch('MESSAGE_CREATE', after);
    await fake.nextRequest((r) => r.body?.message_reference?.message_id === after.id);
    expect(adapter.status()).toBe('connected');
  });

  it('splits the servers between two bots with shard ids 0 and 1 of 2: each answers its own, nobody twice, DMs on shard 0', async () => {
    const fake = await fakeWithTwoServers();
    await bot(fake, 'token-of-shard-0', { shardCount: 2, shardIds: [0] });
    await bot(fake, 'token-of-shard-1', { shardCount: 2, shardIds: [1] });
    expect(fake.shards().sort()).toEqual([[0, 2], [1, 2]]);

    const asked = Array.from({ length: 6 }, (_, i) => (i % 2 ? mentionIn(GUILD_ID, CHANNEL_ID, `first server ${i}`) : mentionIn(OTHER_GUILD_ID, OTHER_CHANNEL_ID, `second server ${i}`)));
    for (const message of asked) fake.dispatch('MESSAGE_CREATE', message);
    fake.dispatch('MESSAGE_CREATE', dmMessage('a DM for shard zero'));
    for (const message of asked) await fake.nextRequest((r) => r.body?.message_reference?.message_id === message.id);
    await fake.nextRequest((r) => r.body?.embeds?.[0]?.description === 'You asked: a DM for shard zero');

    for (const message of asked) {
      const replies = repliesTo(fake, message.id);
      expect(replies).toHaveLength(1);
      const owner = message.guild_id === OTHER_GUILD_ID ? 'token-of-shard-0' : 'token-of-shard-1';
      expect(replies[0]!.headers.authorization).toBe(`Bot ${owner}`);
    }
    const dm = dmReplies(fake, 'a DM for shard zero');
    expect(dm.map((r) => r.headers.authorization)).toEqual(['Bot token-of-shard-0']);
  });
});
