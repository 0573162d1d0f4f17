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
}
