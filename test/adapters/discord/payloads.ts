/** Gateway payloads for tests, built from the samples in test/fixtures/discord with ids and text filled in. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'discord');

/** A fresh copy of a fixture (arbitrary JSON), so a test can change it freely. */
export function fixture(name: string): any {
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

export const BOT_ID = '1100000000000000001';
export const APP_ID = BOT_ID;
export const GUILD_ID = '1200000000000000001';
/** #ai-questions: the channel the test bot is configured to answer in. */
export const CHANNEL_ID = '1300000000000000001';
/** #off-topic: not in the bot's channel list. */
export const OFF_TOPIC_ID = '1300000000000000002';
/** A thread in #ai-questions. */
export const THREAD_ID = '1300000000000000003';
export const MODS_ROLE_ID = '1600000000000000001';
export const DM_CHANNEL_ID = '1500000000000000001';
/** A second server, on the other shard of two: GUILD_ID is on shard 1 of 2, this one on shard 0. */
export const OTHER_GUILD_ID = '1210000000000000001';
/** #general in the second server. */
export const OTHER_CHANNEL_ID = '1310000000000000001';

/** GUILD_CREATE for the second server: the sample server with its own ids and one text channel. */
export function otherGuild() {
  const guild = fixture('guild-create.json');
  const [channel] = guild.channels;
  return {
    ...guild,
    id: OTHER_GUILD_ID,
    name: 'Model Makers',
    system_channel_id: OTHER_CHANNEL_ID,
    roles: [{ ...guild.roles[0], id: OTHER_GUILD_ID }],
    channels: [{ ...channel, id: OTHER_CHANNEL_ID, guild_id: OTHER_GUILD_ID, name: 'general' }],
    threads: [],
  };
}

export const alice = { id: '1400000000000000001', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };
export const bob = { id: '1400000000000000002', username: 'bob', discriminator: '0', global_name: 'Bob', avatar: null };
export const otherBot = { id: '1400000000000000099', username: 'helper-bot', discriminator: '0', global_name: null, avatar: null, bot: true };
export const botUser = fixture('ready.json').user;

let counter = 1_700_000_000_000_000_000n;
/** A new snowflake-looking id; unique within a test run. */
export const snowflake = (): string => String(counter++);

export interface GuildMessageOptions {
  content: string;
  author?: object;
  channelId?: string;
  /** Default GUILD_ID. */
  guildId?: string;
  /** Users mentioned (the bot is not mentioned unless listed). */
  mentions?: object[];
  mentionRoles?: string[];
  mentionEveryone?: boolean;
  /** A message this one replies to (Discord sends it whole as `referenced_message`). */
  replyTo?: { id: string; author: object };
}

/** MESSAGE_CREATE in a server channel; a fresh id each time. */
export function guildMessage(options: GuildMessageOptions) {
  const base = fixture('message-create-guild.json');
  const channelId = options.channelId ?? CHANNEL_ID;
  const guildId = options.guildId ?? GUILD_ID;
  return {
    ...base,
    id: snowflake(),
    channel_id: channelId,
    guild_id: guildId,
    author: options.author ?? alice,
    content: options.content,
    mentions: options.mentions ?? [],
    mention_roles: options.mentionRoles ?? [],
    mention_everyone: options.mentionEveryone ?? false,
    ...(options.replyTo && {
      type: 19,
      message_reference: { type: 0, message_id: options.replyTo.id, channel_id: channelId, guild_id: guildId },
      referenced_message: { ...fixture('message.json'), id: options.replyTo.id, channel_id: channelId, author: options.replyTo.author },
    }),
  };
}

/** MESSAGE_CREATE in a DM with the bot. */
export function dmMessage(content: string, replyTo?: { id: string; author: object }) {
  return {
    ...fixture('message-create-dm.json'),
    id: snowflake(),
    content,
    ...(replyTo && {
      type: 19,
      message_reference: { type: 0, message_id: replyTo.id, channel_id: DM_CHANNEL_ID },
      referenced_message: { ...fixture('message.json'), id: replyTo.id, channel_id: DM_CHANNEL_ID, author: replyTo.author },
    }),
  };
}

/** INTERACTION_CREATE for `/ask`, with `question` or without the option. */
export function askInteraction(question?: string) {
  const base = fixture('interaction-ask.json');
  const id = snowflake();
  return {
    ...base,
    id,
    token: `ask-token-${id}`,
    data: { ...base.data, options: question === undefined ? [] : [{ name: 'question', type: 3, value: question }] },
  };
}

/** INTERACTION_CREATE for a click on the button `customId` under the bot message `messageId`. */
export function buttonInteraction(customId: string, messageId: string, user: object = bob) {
  const base = fixture('interaction-button.json');
  const id = snowflake();
  return {
    ...base,
    id,
    token: `button-token-${id}`,
    member: { ...base.member, user },
    data: { custom_id: customId, component_type: 2 },
    message: { ...base.message, id: messageId },
  };
}

/** A message object as the REST API returns it, with what the bot sent. */
export function restMessage(fields: Record<string, unknown>) {
  const { message_reference, allowed_mentions: _ignored, ...rest } = fields;
  return {
    ...fixture('message.json'),
    ...rest,
    ...(message_reference ? { type: 19, message_reference } : {}),
    timestamp: new Date().toISOString(),
  };
}
