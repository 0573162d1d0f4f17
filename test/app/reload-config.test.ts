import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type ConfigResult } from '../../src/app/config/index.js';

const projectRoot = join(import.meta.dirname, '..', '..');
const cwd = () => mkdtempSync(join(tmpdir(), 'model-guide-reload-config-'));

function config(result: ConfigResult) {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

describe('WATCH_KNOWLEDGE and INDEX_CACHE_DIR', () => {
  it('watch the knowledge and save the index under .cache in the working directory by default', () => {
    const dir = cwd();
    expect(config(loadConfig({ env: {}, cwd: dir, projectRoot }))).toMatchObject({ watchKnowledge: 'auto', indexCacheDir: join(dir, '.cache') });
  });

  it.each([
    ['false', 'off'],
    ['off', 'off'],
    ['true', 'auto'],
    ['poll', 'poll'],
    ['POLL', 'poll'],
  ])('reads WATCH_KNOWLEDGE=%s as %s', (value, expected) => {
    expect(config(loadConfig({ env: { WATCH_KNOWLEDGE: value }, cwd: cwd(), projectRoot })).watchKnowledge).toBe(expected);
  });

  it('names WATCH_KNOWLEDGE and its bad value', () => {
    expect(loadConfig({ env: { WATCH_KNOWLEDGE: 'sometimes' }, cwd: cwd(), projectRoot })).toEqual({
      ok: false,
      errors: ['WATCH_KNOWLEDGE="sometimes": must be true, false or poll.'],
    });
  });

  it('resolves INDEX_CACHE_DIR against the working directory, and indexCacheDir against the YAML file', () => {
    const dir = cwd();
    expect(config(loadConfig({ env: { INDEX_CACHE_DIR: 'var/index' }, cwd: dir, projectRoot })).indexCacheDir).toBe(join(dir, 'var', 'index'));
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'settings.yaml'), 'indexCacheDir: ../saved\nwatchKnowledge: false\n');
    const fromFile = config(loadConfig({ env: { CONFIG_FILE: 'conf/settings.yaml' }, cwd: dir, projectRoot }));
    expect(fromFile).toMatchObject({ indexCacheDir: join(dir, 'saved'), watchKnowledge: 'off' });
  });
});
