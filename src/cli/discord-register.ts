/**
 * `npm run discord:register`: bulk-overwrites the bot's slash commands (/ask).
 * To one server when DISCORD_GUILD_ID is set (updates at once, for development), globally otherwise.
 * Run it at deploy time, not at every start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { runRegister } from '../adapters/discord/register.js';

// Like `npm start`: variables from ./.env, under those of the real environment (empty counts as unset).
const env: Record<string, string | undefined> = existsSync('.env') ? parseEnv(readFileSync('.env', 'utf8')) : {};
for (const [name, value] of Object.entries(process.env)) if (value?.trim()) env[name] = value;

process.exitCode = await runRegister(env, {
  info: (line) => console.log(line),
  error: (line) => console.error(line),
});
