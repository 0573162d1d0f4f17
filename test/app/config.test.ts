import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, SETTINGS, type ConfigResult } from '../../src/app/config/index.js';

const projectRoot = join(import.meta.dirname, '..', '..');

function dir(files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'model-guide-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return cwd;
}

function ok(result: ConfigResult) {
  if (!result.ok) throw new Error(`expected a valid config, got:\n${result.errors.join('\n')}`);
  return result.config;
}

function errors(result: ConfigResult): string[] {
  if (result.ok) throw new Error('expected config errors');
  return result.errors;
}

describe('config', () => {
  it('uses the documented defaults when nothing is set, the same whatever folder it starts in', () => {
    const cwd = dir();
    const config = ok(loadConfig({ env: {}, cwd, projectRoot }));
    expect(ok(loadConfig({ env: {}, cwd: dir(), projectRoot }))).toEqual(config);
    expect(config).toEqual({
      knowledgeDir: join(projectRoot, 'knowledge'),
      watchKnowledge: 'auto',
      indexCacheDir: join(projectRoot, '.cache'),
      dataDir: join(projectRoot, 'data'),
      recordQuestions: true,
      port: 3000,
      host: undefined,
      logLevel: undefined,
      logQuestions: false,
      rateLimit: { perUser: 10, windowMs: 60_000 },
      headless: false,
      slack: undefined,
      discord: undefined,
      state: { keyPrefix: 'model-guide:' },
      secrets: [],
    });
  });

  it('builds the Slack config for HTTP mode and for Socket Mode', () => {
    const http = ok(loadConfig({
      env: { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'sig', SLACK_CHANNELS: 'C1, C2', SLACK_COMMAND_VISIBILITY: 'in_channel' },
      cwd: dir(),
      projectRoot,
    }));
    expect(http.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 'sig', command: '/ask', commandVisibility: 'in_channel', channels: ['C1', 'C2'] });
    const socket = ok(loadConfig({ env: { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-2' }, cwd: dir(), projectRoot }));
    expect(socket.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-2' });
    expect(socket.secrets).toEqual(['xoxb-1', 'xapp-2']);
  });

  it('builds the Discord config when DISCORD_TOKEN is set', () => {
    const config = ok(loadConfig({ env: { DISCORD_TOKEN: 'disc', DISCORD_APPLICATION_ID: '123456789012345678' }, cwd: dir(), projectRoot }));
    expect(config.discord).toEqual({ token: 'disc', applicationId: '123456789012345678', channels: [] });
    expect(config.slack).toBeUndefined();
  });

  it('reads non-secret settings from model-guide.yaml, and the environment wins over the file', () => {
    const cwd = dir({
      'model-guide.yaml': 'port: 4000\nlogLevel: debug\nknowledgeDir: docs/kb\nrateLimit:\n  perUserPerMinute: 3\nslack:\n  command: /models\n  channels: [C9]\n',
    });
    const config = ok(loadConfig({ env: { PORT: '5000' }, cwd, projectRoot }));
    expect(config.port).toBe(5000);
    expect(config.logLevel).toBe('debug');
    expect(config.rateLimit.perUser).toBe(3);
    expect(config.knowledgeDir).toBe(join(cwd, 'docs', 'kb'));
  });

  it('resolves KNOWLEDGE_DIR against the working directory and a file path against the file', () => {
    const cwd = dir({ 'settings.yaml': 'knowledgeDir: kb\n' });
    expect(ok(loadConfig({ env: { KNOWLEDGE_DIR: 'mine' }, cwd, projectRoot })).knowledgeDir).toBe(join(cwd, 'mine'));
    expect(ok(loadConfig({ env: { CONFIG_FILE: join(cwd, 'settings.yaml') }, cwd: dir(), projectRoot })).knowledgeDir).toBe(join(cwd, 'kb'));
  });

  it('reads .env from the working directory, under the real environment', () => {
    const cwd = dir({ '.env': 'PORT=4100\nLOG_QUESTIONS=true\nLOG_LEVEL=debug\nSLACK_APP_TOKEN=\n' });
    const config = ok(loadConfig({ env: { LOG_QUESTIONS: 'false', LOG_LEVEL: '' }, cwd, projectRoot }));
    expect(config.port).toBe(4100);
    expect(config.logQuestions).toBe(false);
    // Empty counts as unset on both sides: the empty SLACK_APP_TOKEN= is no token, the empty LOG_LEVEL hides nothing.
    expect(config.logLevel).toBe('debug');
    expect(config.slack).toBeUndefined();
  });

  it('names the missing SLACK_SIGNING_SECRET and the two ways to fix it', () => {
    expect(errors(loadConfig({ env: { SLACK_BOT_TOKEN: 'xoxb-1' }, cwd: dir(), projectRoot }))).toEqual([
      'SLACK_SIGNING_SECRET is not set. SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN, so Slack runs in HTTP mode, ' +
        'which needs the signing secret to verify requests: set SLACK_SIGNING_SECRET (Slack app → Basic Information → ' +
        'Signing Secret), or set SLACK_APP_TOKEN to use Socket Mode instead.',
    ]);
  });

  it('names SLACK_BOT_TOKEN when only the app token is set', () => {
    expect(errors(loadConfig({ env: { SLACK_APP_TOKEN: 'xapp-1' }, cwd: dir(), projectRoot }))).toEqual([
      'SLACK_BOT_TOKEN is not set, but SLACK_APP_TOKEN is. Set SLACK_BOT_TOKEN to the Bot User OAuth Token ' +
        '(Slack app → OAuth & Permissions, starts with xoxb-), or remove SLACK_APP_TOKEN to run without Slack.',
    ]);
  });

  it('names a token of the wrong kind without printing it', () => {
    const found = errors(loadConfig({ env: { SLACK_BOT_TOKEN: 'xapp-oops', SLACK_SIGNING_SECRET: 's' }, cwd: dir(), projectRoot }));
    expect(found).toEqual(['SLACK_BOT_TOKEN: must start with "xoxb-" (the Bot User OAuth Token under OAuth & Permissions).']);
  });

  it('names an unknown YAML key with its file, line and the known keys', () => {
    const cwd = dir({ 'model-guide.yaml': 'port: 3000\nslack:\n  comand: /ask\n' });
    expect(errors(loadConfig({ env: {}, cwd, projectRoot }))).toEqual([
      'model-guide.yaml:3: unknown key "slack.comand"; known keys in slack: command, commandVisibility, channels, apiUrl, botUserId, botId.',
    ]);
  });

  it('refuses a secret in the YAML file and points at the environment variable', () => {
    const cwd = dir({ 'model-guide.yaml': 'discord:\n  token: abc\n' });
    expect(errors(loadConfig({ env: {}, cwd, projectRoot }))).toEqual([
      'model-guide.yaml:2: discord.token is a secret and is read only from the environment: remove it from the file and set DISCORD_TOKEN (for example in .env).',
    ]);
  });

  it('names a bad value with its variable, or its file, line and key', () => {
    expect(errors(loadConfig({ env: { PORT: 'eighty' }, cwd: dir(), projectRoot }))).toEqual([
      'PORT="eighty": must be a whole number from 0 to 65535.',
    ]);
    const cwd = dir({ 'model-guide.yaml': 'logLevel: loud\n' });
    expect(errors(loadConfig({ env: {}, cwd, projectRoot }))).toEqual([
      'model-guide.yaml:1: logLevel must be one of fatal, error, warn, info, debug, trace, silent (got "loud").',
    ]);
  });

  it('asks for long ids to be quoted in YAML', () => {
    const cwd = dir({ 'model-guide.yaml': 'discord:\n  guildId: 123456789012345678\n' });
    expect(errors(loadConfig({ env: {}, cwd, projectRoot }))[0]).toMatch(
      /^model-guide\.yaml:2: discord\.guildId must be a quoted string such as "123456789012345678"/,
    );
  });

  it('says when CONFIG_FILE points nowhere, and when the YAML is malformed', () => {
    const cwd = dir({ 'bad.yaml': 'port: [1\n' });
    expect(errors(loadConfig({ env: { CONFIG_FILE: 'missing.yaml' }, cwd, projectRoot }))[0]).toBe(
      `CONFIG_FILE=missing.yaml: no such file (looked for ${join(cwd, 'missing.yaml')}). Point CONFIG_FILE at your YAML settings file, or unset it.`,
    );
    expect(errors(loadConfig({ env: { CONFIG_FILE: 'bad.yaml' }, cwd, projectRoot }))[0]).toMatch(/^bad\.yaml:\d+: invalid YAML: /);
  });

  it('accepts the example YAML file as it ships', () => {
    const cwd = dir({ 'model-guide.yaml': readFileSync(join(projectRoot, 'model-guide.example.yaml'), 'utf8') });
    expect(ok(loadConfig({ env: {}, cwd, projectRoot })).knowledgeDir).toBe(join(cwd, 'knowledge'));
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(join(projectRoot, '.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...SETTINGS.map((s) => s.env), 'CONFIG_FILE'].sort());
  });
});
