import { DiscordAPIError, HTTPError, REST } from 'discord.js';
import { registerCommands, type RegisterTarget } from './commands.js';

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

function describeFailure(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): check the bot token.';
    if (error.status === 403 || error.status === 404) {
      return `Discord answered ${error.status} (${error.message}): check DISCORD_APPLICATION_ID, and that the bot was invited to DISCORD_GUILD_ID with the applications.commands scope.`;
    }
    return `Discord answered ${error.status}: ${error.message}`;
  }
  if (error instanceof HTTPError) return `Discord answered ${error.status} ${error.message}: try again later.`;
  return `could not reach Discord: ${error instanceof Error ? error.message : String(error)}`;
}

export interface RegisterOutput {
  info(line: string): void;
  error(line: string): void;
}

/**
 * `npm run discord:register`: validates the variables, bulk-overwrites the commands, prints one line.
 * Returns the exit code; failures are one-line messages, never stack traces.
 */
export async function runRegister(env: Record<string, string | undefined>, out: RegisterOutput): Promise<number> {
  const parsed = readRegisterEnv(env);
  if (!parsed.ok) {
    for (const line of parsed.errors) out.error(`discord:register: ${line}`);
    return 1;
  }
  const target = parsed.env;
  // Fail fast instead of retrying: a person is waiting at the terminal.
  const rest = new REST({ ...(target.apiUrl && { api: target.apiUrl }), retries: 1 }).setToken(target.token);
  try {
    const result = await registerCommands(rest, target);
    const where = result.scope === 'guild' ? `to server ${target.guildId}` : 'globally, for every server the bot is in';
    out.info(`Registered ${result.names.map((n) => `/${n}`).join(', ')} ${where}.`);
    return 0;
  } catch (error) {
    out.error(`discord:register: ${describeFailure(error)}`);
    return 1;
  }
}
