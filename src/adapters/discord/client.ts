import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import { shardOptions, type DiscordConfig } from './config.js';

/** Guilds for channels, GuildMessages for mentions, DirectMessages for DMs; no privileged MessageContent. */
export const DISCORD_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

/** The discord.js client, set up so that nothing the bot sends can ping anyone. */
export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: [...DISCORD_INTENTS],
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // Answer even when the question was deleted meanwhile: the reply then posts without a quote.
    failIfNotExists: false,
    // The bot never reads old messages; a small cache keeps memory flat in busy servers.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 25 }),
    // discord.js's own sharding: this process runs the shards the config names (DMs arrive on shard 0).
    ...shardOptions(config),
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
  });
}
