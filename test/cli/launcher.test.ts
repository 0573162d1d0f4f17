import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, root } from './run-cli.js';

/**
 * bin/model-guide.js in a project of its own, whose src/ and dist/ each hold a stand-in CLI that
 * says which one ran: the launcher's choice between them is what is under test.
 */
function project(options: { src?: boolean; dist?: boolean; tsx?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'model-guide-launcher-'));
  const write = (path: string, text: string, mtime: number) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    utimesSync(join(dir, path), mtime, mtime);
  };
  mkdirSync(join(dir, 'bin'));
  copyFileSync(BIN, join(dir, 'bin', 'model-guide.js'));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  const standIn = (from: string) => `export async function runCli(args${from === 'source' ? ': string[]' : ''}) { console.log('${from}', args.join(' ')); }\n`;
  const old = Date.now() / 1000 - 3600;
  if (options.src !== false) {
    write('src/cli/index.ts', standIn('source'), old);
    write('src/main.ts', 'export {};\n', old);
  }
  if (options.dist !== false) {
    write('dist/cli/index.js', standIn('dist'), old + 60);
    write('dist/main.js', 'export {};\n', old + 60);
  }
  if (options.tsx) {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(join(root, 'node_modules', 'tsx'), join(dir, 'node_modules', 'tsx'));
  }
  return {
    dir,
    touch: (path: string) => utimesSync(join(dir, path), new Date(), new Date()),
    remove: (path: string) => rmSync(join(dir, path), { recursive: true }),
    run: (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'model-guide.js'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
  };
}

describe('the model-guide launcher (bin/model-guide.js)', () => {
  it('runs dist/ when it was built after every source file, passing the arguments on', () => {
    expect(project({ tsx: true }).run('ask', '--json', 'what is LoRA?')).toEqual({ code: 0, stdout: 'dist ask --json what is LoRA?\n', stderr: '' });
  });

  it('runs the source through tsx, without compiling, when a source file changed after the build', () => {
    const p = project({ tsx: true });
    p.touch('src/main.ts');
    expect(p.run('kb:check')).toEqual({ code: 0, stdout: 'source kb:check\n', stderr: '' });
  });

  it('runs the source when dist/ was never built, and when the TypeScript settings changed since', () => {
    expect(project({ dist: false, tsx: true }).run('start').stdout).toBe('source start\n');
    const p = project({ tsx: true });
    writeFileSync(join(p.dir, 'tsconfig.json'), '{}\n');
    expect(p.run().stdout).toBe('source \n');
  });

  it('runs dist/ alone when there is no source (the Docker image)', () => {
    expect(project({ src: false }).run('start').stdout).toBe('dist start\n');
  });

  it('says which file is newer than the build and how to build, exit 1, when dist/ is stale and tsx is not installed', () => {
    const p = project();
    p.touch('src/cli/index.ts');
    const r = p.run('start');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^model-guide: src\/cli\/index\.ts changed after the last build, and the TypeScript tools .* are not installed\. .*`npm ci && npm run build`/);
    const unbuilt = project({ dist: false }).run('start');
    expect([unbuilt.code, unbuilt.stderr]).toEqual([1, expect.stringMatching(/^model-guide: dist\/ has not been built, /)]);
  });
});
