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
  it('watch the knowledge and save the index under .cache in the project folder by default, not in the working directory', () => {
    const dir = cwd();
    expect(config(loadConfig({ env: {}, cwd: dir, projectRoot }))).toMatchObject({ watchKnowledge: 'auto', indexCacheDir: join(projectRoot, '.cache') });
  });

  it.each([
    ['false', 'off'],
    ['true', 'auto'],
    ['TRUE', 'auto'],
    ['poll', 'poll'],
    [' POLL ', 'poll'],
  ])('reads WATCH_KNOWLEDGE=%s as %s', (value, expected) => {
    expect(config(loadConfig({ env: { WATCH_KNOWLEDGE: value }, cwd: cwd(), projectRoot })).watchKnowledge).toBe(expected);
  });

  it.each(['yes', 'no', 'on', 'off', '1', 'auto', 'sometimes'])('refuses WATCH_KNOWLEDGE=%s, naming the variable, the value and the valid values', (value) => {
    expect(loadConfig({ env: { WATCH_KNOWLEDGE: value }, cwd: cwd(), projectRoot })).toEqual({
      ok: false,
      errors: [`WATCH_KNOWLEDGE=${JSON.stringify(value)}: must be true, false or poll.`],
    });
  });

  it('takes watchKnowledge in the YAML file as a boolean or poll, and names the file, line and value otherwise', () => {
    const dir = cwd();
    writeFileSync(join(dir, 'model-guide.yaml'), 'port: 3000\nwatchKnowledge: yes please\n');
    expect(loadConfig({ env: {}, cwd: dir, projectRoot })).toEqual({
      ok: false,
      errors: ['model-guide.yaml:2: watchKnowledge must be true, false or poll (got "yes please").'],
    });
    writeFileSync(join(dir, 'model-guide.yaml'), 'watchKnowledge: false\n');
    expect(config(loadConfig({ env: {}, cwd: dir, projectRoot })).watchKnowledge).toBe('off');
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
