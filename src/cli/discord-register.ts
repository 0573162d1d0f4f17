/**
 * `model-guide discord:register`: bulk-overwrites the bot's slash commands (/ask).
 * To one server when DISCORD_GUILD_ID is set (updates at once, for development), globally otherwise.
 * Run it at deploy time, not at every start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { parseCommandArgs, PROGRAM, USAGE_ERROR, usageError } from './args.js';

export const HELP = `usage: ${PROGRAM} discord:register

Registers the /ask slash command with Discord: in one server when DISCORD_GUILD_ID is set (instant,
for development), else globally (Discord may take up to an hour to show it). Run it once per deploy.

Reads DISCORD_TOKEN and DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID, DISCORD_API_URL) from the
environment or ./.env. Options:
  -h, --help   this help`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, {}, 0);
  if (!parsed.ok) {
    console.error(usageError('discord:register', parsed.error));
    return USAGE_ERROR;
  }
  if (parsed.help) {
    console.log(HELP);
    return 0;
  }
  // Like `npm start`: variables from ./.env, under those of the real environment (empty counts as unset).
  const env: Record<string, string | undefined> = existsSync('.env') ? parseEnv(readFileSync('.env', 'utf8')) : {};
  for (const [name, value] of Object.entries(process.env)) if (value?.trim()) env[name] = value;
  // The Discord SDK loads only when there is something to register.
  const { runRegister } = await import('../adapters/discord/register.js');
  return runRegister(env, {
    info: (line) => console.log(line),
    error: (line) => console.error(line),
  });
}
