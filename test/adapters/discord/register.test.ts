import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, registerCommands } from '../../../src/adapters/discord/commands.js';
import { readRegisterEnv, runRegister } from '../../../src/adapters/discord/register.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';
import { APP_ID, GUILD_ID } from './payloads.js';

const root = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);

/** Runs `model-guide discord:register` (what `npm run discord:register` runs) in an empty folder (no .env) with exactly `env`. */
async function registerCli(env: Record<string, string>, args: string[] = []) {
  const cwd = mkdtempSync(join(tmpdir(), 'discord-register-'));
  const bin = join(root, 'bin', 'model-guide.js');
  return run(process.execPath, [bin, 'discord:register', ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('Discord command registration', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('defines /ask with an optional question of at most 2,000 characters', () => {
    expect(COMMANDS).toHaveLength(1);
    expect(COMMANDS[0]).toMatchObject({
      name: 'ask',
      options: [{ name: 'question', type: 3, required: false, max_length: 2000 }],
    });
  });

  it('bulk-overwrites the commands of one server when a guild id is given, globally otherwise', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken('register-token');
    const guild = await registerCommands(rest, { applicationId: APP_ID, guildId: GUILD_ID });
    expect(guild).toMatchObject({ scope: 'guild', names: ['ask'] });
    const guildPut = await fake.nextRequest((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(guildPut.body).toEqual(COMMANDS);
    expect(guildPut.headers.authorization).toBe('Bot register-token');

    const global = await registerCommands(rest, { applicationId: APP_ID });
    expect(global).toMatchObject({ scope: 'global', names: ['ask'] });
    const globalPut = await fake.nextRequest((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`);
    expect(globalPut.body).toEqual(COMMANDS);
  });

  it('names each missing or malformed variable and how to fix it', () => {
    expect(readRegisterEnv({})).toEqual({
      ok: false,
      errors: [
        'DISCORD_TOKEN is not set: copy the bot token from the Discord Developer Portal (your application → Bot → Reset Token).',
        'DISCORD_APPLICATION_ID is not set: copy it from the Discord Developer Portal (your application → General Information → Application ID).',
      ],
    });
    const bad = readRegisterEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: 'my-server', DISCORD_API_URL: 'localhost' });
    expect(bad).toEqual({
      ok: false,
      errors: [
        'DISCORD_GUILD_ID must be a server id (17–20 digits; right-click the server → Copy Server ID), got "my-server".',
        'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:9999/api, got "localhost".',
      ],
    });
    expect(readRegisterEnv({ DISCORD_TOKEN: ' t ', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: '' })).toEqual({
      ok: true,
      env: { token: 't', applicationId: APP_ID },
    });
  });

  it('prints one line on success, and one line per problem (no stack trace) on failure', async () => {
    const lines: string[] = [];
    const out = { info: (l: string) => lines.push(`out: ${l}`), error: (l: string) => lines.push(`err: ${l}`) };
    expect(await runRegister({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, out)).toBe(0);
    expect(await runRegister({ DISCORD_APPLICATION_ID: APP_ID }, out)).toBe(1);
    fake.failWhen((r) => r.headers.authorization === 'Bot failing');
    expect(await runRegister({ DISCORD_TOKEN: 'failing', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, out)).toBe(1);
    expect(lines).toEqual([
      'out: Registered /ask globally, for every server the bot is in.',
      'err: discord:register: DISCORD_TOKEN is not set: copy the bot token from the Discord Developer Portal (your application → Bot → Reset Token).',
      'err: discord:register: Discord answered 500 Internal Server Error: try again later.',
    ]);
  });

  it('npm run discord:register registers the commands to DISCORD_GUILD_ID and exits', async () => {
    const result = await registerCli({
      DISCORD_TOKEN: 'cli-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(result).toEqual({ code: 0, stdout: `Registered /ask to server ${GUILD_ID}.\n`, stderr: '' });
    const put = await fake.nextRequest((r) => r.method === 'PUT' && r.headers.authorization === 'Bot cli-token');
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
  });

  it('model-guide discord:register --help prints its usage and what it reads, registering nothing', async () => {
    const before = fake.requests.length;
    const result = await registerCli({ DISCORD_TOKEN: 'help-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: model-guide discord:register\n/);
    expect(result.stdout).toContain('DISCORD_APPLICATION_ID');
    expect(fake.requests.length).toBe(before);
  });
});
