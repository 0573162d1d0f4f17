import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const config = join(root, 'test', 'fixtures', 'reporter', 'vitest.config.ts');

/** Runs vitest in a child process over test/fixtures/reporter (only the files matching `filters`, if any). */
function runFixtures(filters: string[] = []): Promise<{ code: number | null; lastLine: string; output: string }> {
  return new Promise((resolve, reject) => {
    // Only PATH and HOME: the child must not think it runs inside this vitest.
    const child = spawn(process.execPath, [vitest, 'run', '--config', config, ...filters], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lastLine: output.trimEnd().split('\n').at(-1) ?? '', output }));
  });
}

describe('the closing summary line', () => {
  it('counts passed and skipped tests of a clean run and exits 0', { timeout: 60_000 }, async () => {
    const run = await runFixtures(['passes']);
    expect(run.lastLine, run.output).toBe('2 passed, 0 failed, 5 skipped');
    expect(run.code).toBe(0);
    // Above the line: what was skipped, with the reason where one was given.
    expect(run.output).toContain(
      [
        'Skipped:',
        '  passes.spec.ts > a suite skipped on purpose: 1 test',
        '  passes.spec.ts > a suite that passes > is skipped on purpose',
        '  passes.spec.ts > a suite that passes > is skipped by a condition',
        '  passes.spec.ts > a suite that passes > is still to write (todo)',
        '  passes.spec.ts > a suite that passes > skips itself at run time (nothing to check here)',
        '',
        '2 passed, 0 failed, 5 skipped',
      ].join('\n'),
    );
  });

  it('says failed, and the run exits non-zero, when a beforeAll throws: its tests count as failed, not skipped', { timeout: 60_000 }, async () => {
    const run = await runFixtures(['setup-throws']);
    // setup-throws: the hook's suite and its two tests; file-setup-throws: the file and its one test.
    expect(run.lastLine, run.output).toBe('0 passed, 5 failed, 0 skipped');
    expect(run.code).toBe(1);
  });

  it('counts files that fail to load, throwing teardowns and failing tests as failed', { timeout: 60_000 }, async () => {
    const run = await runFixtures();
    // Failed: load-throws (1), setup-throws (3), file-setup-throws (2), teardown-throws (1), test-fails (1).
    expect(run.lastLine, run.output).toBe('4 passed, 8 failed, 5 skipped');
    expect(run.code).toBe(1);
  });
});
