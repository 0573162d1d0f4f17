/** Discord settings, parsed once at start-up by the application's config module. */
export interface DiscordConfig {
  /** DISCORD_TOKEN: the bot token. */
  token: string;
  /** DISCORD_APPLICATION_ID: needed to register slash commands. */
  applicationId?: string;
  /** DISCORD_GUILD_ID: register commands to one server (fast, for development). */
  guildId?: string;
  /** DISCORD_API_URL: REST base URL, e.g. http://127.0.0.1:9999/api (REST proxies, tests). */
  apiUrl?: string;
  /** Channel ids the bot answers mentions in; empty = everywhere. */
  channels: string[];
  /**
   * DISCORD_SHARD_COUNT: the bot's total number of shards (every replica gives the same), or `auto`
   * for Discord's recommended count, all run by this process. Unset: one shard, unless discord.js's
   * ShardingManager started this process (it says which shards in the environment).
   */
  shardCount?: number | 'auto';
  /** DISCORD_SHARD_IDS: the shards this process runs (e.g. 0,1 of 4); all of them when unset. */
  shardIds?: number[];
}

/** The shards this process runs, as discord.js's client options; empty when the config names none. */
export function shardOptions(config: Pick<DiscordConfig, 'shardCount' | 'shardIds'>): { shards?: number[] | 'auto'; shardCount?: number } {
  if (config.shardCount === undefined) return {};
  if (config.shardCount === 'auto') return { shards: 'auto' };
  const count = config.shardCount;
  return { shards: config.shardIds ?? Array.from({ length: count }, (_, i) => i), shardCount: count };
}
