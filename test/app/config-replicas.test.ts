/** The settings for running replicas: REDIS_URL and KEY_PREFIX. */
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
});
