import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, DEFAULT_INDEX_CACHE_DIR } from '../src/app/config/index.js';

const root = join(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
// A checkout without git metadata (an unpacked archive) has nothing to compare .gitignore with.
const inGit = existsSync(join(root, '.git'));

describe.skipIf(!inGit)(`.gitignore${inGit ? '' : ' (skipped: this checkout has no git metadata)'}`, () => {
  it('ignores none of the tracked files', () => {
    expect(git('ls-files', '--cached', '--ignored', '--exclude-standard').trim()).toBe('');
  });

  it('ignores what install, build, start-up, the owners\' report, the browser tests and your secrets write', () => {
    const written = [
      'node_modules/vitest/package.json',
      // a worktree's install linked to a shared one is a symlink, not a directory
      'linked-worktree/node_modules',
      'dist/main.js',
      `${DEFAULT_INDEX_CACHE_DIR}/model-guide-index-0123456789abcdef.json`,
      `${DEFAULT_DATA_DIR}/report.sqlite`,
      'test-results/admin.png',
      '.env',
    ];
    const ignored = git('check-ignore', '--no-index', ...written).trim().split('\n');
    expect(ignored).toEqual(written);
    expect(() => git('check-ignore', '--no-index', '.env.example')).toThrow();
  });
});
