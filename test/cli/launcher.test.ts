import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceDigests, STAMP } from '../../bin/source-digest.js';
import { root } from './run-cli.js';

/**
 * bin/model-guide.js in a project of its own, whose src/ and dist/ each hold a stand-in CLI that
 * says which one ran: the launcher's choice between them is what is under test. `built` saves the
 * digests of the source as `npm run build` does.
 */
function project(options: { src?: boolean; built?: boolean; tsx?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'model-guide-launcher-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  mkdirSync(join(dir, 'bin'));
  for (const file of ['model-guide.js', 'source-digest.js']) copyFileSync(join(root, 'bin', file), join(dir, 'bin', file));
  write('package.json', '{"type": "module"}\n');
  const standIn = (from: string, types = '') => `export async function runCli(args${types}) { console.log('${from}', args.join(' ')); }\n`;
  if (options.src !== false) {
    write('tsconfig.json', '{}\n');
    write('src/cli/index.ts', standIn('source', ': string[]'));
    write('src/main.ts', 'export {};\n');
  }
  if (options.built !== false) {
    write('dist/cli/index.js', standIn('dist'));
    write('dist/main.js', 'export {};\n');
    if (options.src !== false) write(STAMP, JSON.stringify(sourceDigests(dir)));
  }
  if (options.tsx) {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(root, 'node_modules', 'tsx'), join(dir, 'node_modules', 'tsx'));
  }
  return {
    dir,
    write,
    remove: (path: string) => rmSync(join(dir, path), { recursive: true }),
    run: (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'model-guide.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}

describe('the model-guide launcher (bin/model-guide.js)', () => {
  it('runs dist/ when it was built from the source as it is, passing the arguments on', () => {
    expect(project({ tsx: true }).run('ask', '--json', 'what is LoRA?')).toEqual({ code: 0, stdout: 'dist ask --json what is LoRA?\n', stderr: '' });
  });

  it('still runs dist/ when the files were only touched or copied, not changed', () => {
    const p = project();
    p.write('src/main.ts', 'export {};\n');
    expect(p.run('start').stdout).toBe('dist start\n');
  });

  it('runs the source through tsx, without compiling, when a source file changed, was added or removed after the build', () => {
    const changed = project({ tsx: true });
    changed.write('src/main.ts', 'export const changed = true;\n');
    expect(changed.run('kb:check')).toEqual({ code: 0, stdout: 'source kb:check\n', stderr: '' });
    const added = project({ tsx: true });
    added.write('src/app/new.ts', 'export {};\n');
    expect(added.run('start').stdout).toBe('source start\n');
    const removed = project({ tsx: true });
    removed.remove('src/main.ts');
    expect(removed.run('start').stdout).toBe('source start\n');
  });

  it('runs the source when dist/ was never built, and when the TypeScript settings changed since', () => {
    expect(project({ built: false, tsx: true }).run('start').stdout).toBe('source start\n');
    const p = project({ tsx: true });
    p.write('tsconfig.json', '{"compilerOptions": {}}\n');
    expect(p.run().stdout).toBe('source \n');
  });

  it('runs dist/ alone when there is no source (the Docker image)', () => {
    expect(project({ src: false }).run('start').stdout).toBe('dist start\n');
  });

  it('names the changed file and how to build, exit 1, when dist/ is out of date and tsx is not installed', () => {
    const p = project();
    p.write('src/cli/index.ts', 'export async function runCli() {}\n');
    const r = p.run('start');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^model-guide: src\/cli\/index\.ts changed after the last build, and the TypeScript tools .* are not installed\. .*`npm ci && npm run build`/);
    const unbuilt = project({ built: false }).run('start');
    expect([unbuilt.code, unbuilt.stderr]).toEqual([1, expect.stringMatching(/^model-guide: dist\/ has not been built, /)]);
  });
});
