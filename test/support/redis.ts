/**
 * A real redis-server (Debian's package) on a free 127.0.0.1 port, for the tests and the benchmark:
 * no persistence, no other clients. It can be stopped and started again on the same port (an outage),
 * or frozen and thawed (a Redis that is up but does not answer).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_MISSING =
  'redis-server is not installed: install it with `apt-get install -y redis-server` (.ci/run installs it when it is missing)';

export interface LocalRedis {
  readonly url: string;
  readonly port: number;
  /** Stops the server (an outage); its data is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** SIGSTOP: connections stay open but nothing is answered. */
  freeze(): void;
  thaw(): void;
  /** Runs redis-cli against it and returns what it printed. */
  cli(...args: string[]): string;
}

export function redisInstalled(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startRedis(): Promise<LocalRedis> {
  if (!redisInstalled()) throw new Error(REDIS_MISSING);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'model-guide-redis-'));
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'];
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let output = '';
    proc.stdout!.on('data', (c) => (output += String(c)));
    proc.stderr!.on('data', (c) => (output += String(c)));
    // Ready once it answers PING; a port taken meanwhile shows as an early exit.
    const deadline = Date.now() + 10_000;
    while (spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() !== 'PONG') {
      if (proc.exitCode !== null) throw new Error(`redis-server exited (${proc.exitCode}): ${output}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGCONT');
    proc.kill('SIGKILL');
    await exited;
  }

  await start();
  process.once('exit', () => child?.kill('SIGKILL'));
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    freeze: () => void child?.kill('SIGSTOP'),
    thaw: () => void child?.kill('SIGCONT'),
    cli: (...args) => spawnSync('redis-cli', ['-p', String(port), ...args]).stdout.toString().trim(),
  };
}
