/**
 * Runs a benchmark part in its own Node process (TypeScript through tsx), talking over IPC: a fresh heap
 * for memory figures, a memory cap to check a target against, and a bot that does not share its event
 * loop with the load generator. The child is killed if it outlives `timeoutMs`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const loader = pathToFileURL(join(import.meta.dirname, '..', 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface ChildOptions {
  /** --max-old-space-size in MB: the child fails (out of memory) rather than exceed it. */
  maxHeapMb?: number;
  /** Killed after this long (default 10 minutes). */
  timeoutMs?: number;
}

export interface BenchChild {
  /** Resolves with the next message the child sends; rejects if it exits first. */
  next<T = Record<string, unknown>>(): Promise<T>;
  send(message: unknown): void;
  /** Resolves with the exit code once the child has exited. */
  exited: Promise<number>;
  kill(): void;
}

export function startChild(script: string, args: string[] = [], options: ChildOptions = {}): BenchChild {
  const flags = options.maxHeapMb ? [`--max-old-space-size=${options.maxHeapMb}`] : [];
  // BENCH_PROFILE_DIR=/tmp/prof npm run bench: a CPU profile of every child, for finding hot spots.
  if (process.env.BENCH_PROFILE_DIR) flags.push('--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`);
  const child: ChildProcess = spawn(process.execPath, [...flags, '--import', loader, join(import.meta.dirname, script), ...args], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: unknown[] = [];
  const waiting: Array<{ resolve: (m: unknown) => void; reject: (e: Error) => void }> = [];
  let exitCode: number | undefined;
  child.on('message', (message) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else inbox.push(message);
  });
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : 1);
      for (const waiter of waiting.splice(0)) waiter.reject(new Error(`${script} exited (${signal ?? code}) before answering`));
      resolve(exitCode);
    }),
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
  timer.unref();
  void exited.then(() => clearTimeout(timer));
  return {
    next<T>() {
      if (inbox.length > 0) return Promise.resolve(inbox.shift() as T);
      if (exitCode !== undefined) return Promise.reject(new Error(`${script} exited (${exitCode}) before answering`));
      return new Promise<T>((resolve, reject) => waiting.push({ resolve: resolve as (m: unknown) => void, reject }));
    },
    send: (message) => void child.send(message as object),
    exited,
    kill: () => void child.kill('SIGKILL'),
  };
}

/** In a child: sends one message to the parent. */
export function report(message: unknown): Promise<void> {
  return new Promise((resolve) => (process.send ? process.send(message as object, () => resolve()) : resolve()));
}

/** In a child: resolves with the next message from the parent. */
export function receive<T>(): Promise<T> {
  return new Promise((resolve) => process.once('message', (m) => resolve(m as T)));
}
