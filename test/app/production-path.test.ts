import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot, start } from './process.js';

const run = promisify(execFile);

/** The commands of the README's "Running in production without Docker" block, comments dropped. */
function readmeProductionPath(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const block = /### Running in production without Docker\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no "Running in production without Docker" section with a ```sh block');
  return block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

/** A copy of the project as a fresh clone has it: no node_modules, dist/, saved index, .env or git. */
function freshCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-guide-production-'));
  const left = /^(node_modules|dist|\.cache|\.git|coverage|\.env|model-guide\.yaml)(\/|$)/;
  cpSync(projectRoot, dir, { recursive: true, filter: (path) => !left.test(relative(projectRoot, path)) });
  return dir;
}

describe('the README production path without Docker', () => {
  it('installs, builds, drops the dev dependencies and starts on production dependencies alone', { timeout: 300_000 }, async () => {
    const commands = readmeProductionPath();
    expect(commands.slice(0, 3)).toEqual(['npm ci', 'npm run build', 'npm prune --omit=dev']);
    const dir = freshCopy();
    // The npm cache makes the install quicker; the commands are the README's as written.
    const env = { ...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    for (const command of commands.slice(0, -1)) await run('sh', ['-c', command], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
    for (const devOnly of ['typescript', 'tsx', 'vitest']) expect(existsSync(join(dir, 'node_modules', devOnly)), devOnly).toBe(false);
    expect(existsSync(join(dir, 'dist', 'main.js'))).toBe(true);

    // The last command starts the bot; HEADLESS serves HTTP with no platform configured.
    const last = commands.at(-1)!;
    const app = start(['sh', '-c', last], { cwd: dir, env: { HEADLESS: 'true', PORT: '0', HOST: '127.0.0.1' }, group: true });
    try {
      await app.waitFor(/"msg":"ready"/);
      const line = app.stdout().split('\n').find((l) => l.includes('"msg":"http server listening"'))!;
      const { port } = JSON.parse(line) as { port: number };
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect(((await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as { knowledge: { documents: number } }).knowledge.documents).toBeGreaterThan(0);
    } finally {
      // The shell, npm and the bot: SIGTERM to the whole group, as a service manager would stop it.
      process.kill(-app.child.pid!, 'SIGTERM');
    }
    await app.exited;

    // The command line works from the same production install.
    const check = await run(process.execPath, [join(dir, 'bin', 'model-guide.js'), 'kb:check'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(check.stdout).toMatch(/^knowledge: \d+ documents, \d+ passages, /);
  });
});
