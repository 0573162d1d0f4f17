import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const projectRoot = join(import.meta.dirname, '..', '..');
/** Runs src/main.ts without a build step (tsx strips the types). */
const tsx = pathToFileURL(join(projectRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
export const mainCommand = ['node', '--import', tsx, join(projectRoot, 'src', 'main.ts')];
/** What `npm start` runs: the model-guide command (dist/ when current, else the source). */
export const startCommand = ['node', join(projectRoot, 'bin', 'model-guide.js'), 'start'];

export interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** Resolves when stdout or stderr matches. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<RegExpMatchArray>;
}

/**
 * Spawns a command with only the given environment (plus PATH and HOME), never the runner's secrets.
 * DATA_DIR defaults to a fresh temp folder, so a test run never writes the report into the checkout.
 * `group`: in a process group of its own, so `process.kill(-child.pid)` reaches what it started too (a shell, npm).
 */
export function start(command: string[], options: { cwd: string; env?: Record<string, string>; group?: boolean }): Running {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: mkdtempSync(join(tmpdir(), 'model-guide-data-')), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.group ?? false,
  });
  const out = { stdout: '', stderr: '' };
  const waiters: (() => void)[] = [];
  const notify = () => waiters.forEach((w) => w());
  child.stdout!.on('data', (chunk) => ((out.stdout += String(chunk)), notify()));
  child.stderr!.on('data', (chunk) => ((out.stderr += String(chunk)), notify()));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => (notify(), resolve(code ?? signal ?? -1))));
  return {
    child,
    exited,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    waitFor(pattern, stream = 'stdout') {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = out[stream].match(pattern);
          if (match) resolve(match);
          else if (child.exitCode !== null) reject(new Error(`exited (${child.exitCode}) before ${pattern}:\n${out.stdout}\n${out.stderr}`));
          else return false;
          return true;
        };
        if (!check()) waiters.push(() => void check());
      });
    },
  };
}

/** Runs to the end and returns what it printed and its exit code. */
export async function runToEnd(command: string[], options: { cwd: string; env?: Record<string, string> }) {
  const running = start(command, options);
  const code = await running.exited;
  return { code, stdout: running.stdout(), stderr: running.stderr() };
}
