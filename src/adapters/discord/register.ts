import type { RegisterTarget } from './commands.js';

/** What `npm run discord:register` needs, read from the environment. */
export interface RegisterEnv extends RegisterTarget {
  token: string;
  /** REST base URL (DISCORD_API_URL), e.g. http://127.0.0.1:9999/api; Discord's own when absent. */
  apiUrl?: string;
}

export type RegisterEnvResult = { ok: true; env: RegisterEnv } | { ok: false; errors: string[] };

const SNOWFLAKE = /^\d{17,20}$/;

/** Validates the registration variables; every problem is one line naming the variable and the fix. */
export function readRegisterEnv(env: Record<string, string | undefined>): RegisterEnvResult {
  const errors: string[] = [];
  const value = (name: string) => env[name]?.trim() || undefined;
  const token = value('DISCORD_TOKEN');
  const applicationId = value('DISCORD_APPLICATION_ID');
  const guildId = value('DISCORD_GUILD_ID');
  const apiUrl = value('DISCORD_API_URL');

  if (!token) {
    errors.push('DISCORD_TOKEN is not set: copy the bot token from the Discord Developer Portal (your application → Bot → Reset Token).');
  }
  if (!applicationId) {
    errors.push('DISCORD_APPLICATION_ID is not set: copy it from the Discord Developer Portal (your application → General Information → Application ID).');
  } else if (!SNOWFLAKE.test(applicationId)) {
    errors.push(`DISCORD_APPLICATION_ID must be a Discord id (17–20 digits), got "${applicationId}".`);
  }
  if (guildId && !SNOWFLAKE.test(guildId)) {
    errors.push(`DISCORD_GUILD_ID must be a server id (17–20 digits; right-click the server → Copy Server ID), got "${guildId}".`);
  }
  if (apiUrl && !/^https?:\/\/[^\s/]+/i.test(apiUrl)) {
    errors.push(`DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:9999/api, got "${apiUrl}".`);
  }
  if (errors.length > 0 || !token || !applicationId) return { ok: false, errors };
  return { ok: true, env: { token, applicationId, ...(guildId && { guildId }), ...(apiUrl && { apiUrl }) } };
}
