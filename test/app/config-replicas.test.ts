/** The settings for running replicas: REDIS_URL, KEY_PREFIX and Discord's shards. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type ConfigResult } from '../../src/app/config/index.js';

const projectRoot = join(import.meta.dirname, '..', '..');
const load = (env: Record<string, string>, files: Record<string, string> = {}): ConfigResult => {
  const cwd = mkdtempSync(join(tmpdir(), 'model-guide-config-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return loadConfig({ env, cwd, projectRoot });
};
const config = (env: Record<string, string>, files?: Record<string, string>) => {
  const result = load(env, files);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
};
const errors = (env: Record<string, string>, files?: Record<string, string>) => {
  const result = load(env, files);
  if (result.ok) throw new Error('expected config errors');
  return result.errors;
};

describe('config for replicas', () => {
  it('keeps state in memory without REDIS_URL, and in Redis under KEY_PREFIX with it', () => {
    expect(config({}).state).toEqual({ keyPrefix: 'model-guide:' });
    expect(config({ REDIS_URL: 'redis://redis:6379', KEY_PREFIX: 'team-a:' }).state).toEqual({ redisUrl: 'redis://redis:6379', keyPrefix: 'team-a:' });
    expect(config({}, { 'model-guide.yaml': 'redis:\n  keyPrefix: "from-file:"\n' }).state).toEqual({ keyPrefix: 'from-file:' });
  });

  it('treats REDIS_URL as a secret: scrubbed from logs with its password, never echoed in an error, refused in the YAML file', () => {
    expect(config({ REDIS_URL: 'rediss://:s3cret-pass@cache.internal:6380/0' }).secrets).toEqual(['rediss://:s3cret-pass@cache.internal:6380/0', 's3cret-pass']);
    expect(errors({ REDIS_URL: 'http://user:pw@cache:6379' })).toEqual(['REDIS_URL: must be a redis:// or rediss:// URL, e.g. redis://redis:6379.']);
    expect(errors({}, { 'model-guide.yaml': 'redis:\n  url: redis://x:6379\n' })[0]).toBe(
      'model-guide.yaml:2: redis.url is a secret and is read only from the environment: remove it from the file and set REDIS_URL (for example in .env).',
    );
  });

  it('runs the shards DISCORD_SHARD_IDS names out of DISCORD_SHARD_COUNT, all of them without ids, or auto', () => {
    const env = { DISCORD_TOKEN: 'disc' };
    expect(config({ ...env, DISCORD_SHARD_COUNT: '4', DISCORD_SHARD_IDS: '0, 1' }).discord).toMatchObject({ shardCount: 4, shardIds: [0, 1] });
    expect(config({ ...env, DISCORD_SHARD_COUNT: '2' }).discord).toMatchObject({ shardCount: 2 });
    expect(config({ ...env, DISCORD_SHARD_COUNT: 'auto' }).discord).toMatchObject({ shardCount: 'auto' });
    expect(config(env).discord?.shardCount).toBeUndefined();
  });

  it('names the shard settings that do not fit together, and the fix', () => {
    const env = { DISCORD_TOKEN: 'disc' };
    expect(errors({ ...env, DISCORD_SHARD_IDS: '1' })).toEqual([
      "DISCORD_SHARD_IDS=1 is set without DISCORD_SHARD_COUNT: set DISCORD_SHARD_COUNT to the bot's total number of shards (the same on every replica), or unset DISCORD_SHARD_IDS to run one shard.",
    ]);
    expect(errors({ ...env, DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '1,2' })).toEqual([
      'DISCORD_SHARD_IDS=1,2 names shard 2, but DISCORD_SHARD_COUNT=2 has shards 0 to 1.',
    ]);
    expect(errors({ ...env, DISCORD_SHARD_COUNT: 'auto', DISCORD_SHARD_IDS: '0' })[0]).toMatch(/^DISCORD_SHARD_IDS=0 cannot go with DISCORD_SHARD_COUNT=auto/);
    expect(errors({ ...env, DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: '0,0' })).toEqual(['DISCORD_SHARD_IDS=0,0 names a shard twice: list each once.']);
    expect(errors({ ...env, DISCORD_SHARD_COUNT: 'many' })).toEqual(['DISCORD_SHARD_COUNT="many": must be a whole number of shards from 1, or auto.']);
    expect(errors({ ...env, DISCORD_SHARD_COUNT: '2', DISCORD_SHARD_IDS: 'zero' })).toEqual([
      'DISCORD_SHARD_IDS="zero": must be a list of shard numbers such as 0,1 (comma-separated in the environment).',
    ]);
  });
});
