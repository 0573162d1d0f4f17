/**
 * Real bot processes (`src/main.ts`, as `npm start` runs it) side by side, for the replica tests: each
 * with its own HTTP port on 127.0.0.1, JSON logs kept for assertions, and the given environment.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signature } from '../adapters/slack/helpers/harness.js';
import { mainCommand, start, type Running } from './process.js';

export interface Replica {
  name: string;
  port: number;
  running: Running;
  /** Every JSON log line so far. */
  logs(): Record<string, any>[];
  /** GET /readyz: its status code and body. */
  readyz(): Promise<{ status: number; body: Record<string, any> }>;
  /** POSTs a signed Slack request (an event as JSON, or form fields) to this replica's /slack/events. */
  slack(body: object | Record<string, string>, options?: { form?: boolean; retryNum?: number }): Promise<number>;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | string>;
}

/** Settings every replica test starts from: loopback, info logs, no file watching. */
const BASE_ENV = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', WATCH_KNOWLEDGE: 'false' };

export async function startReplica(name: string, env: Record<string, string>, signingSecret = ''): Promise<Replica> {
  const running = start(mainCommand, { cwd: mkdtempSync(join(tmpdir(), `model-guide-${name}-`)), env: { ...BASE_ENV, ...env } });
  const logs = () =>
    running
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, any>);
  await running.waitFor(/"msg":"ready"/);
  const port = logs().find((l) => l.msg === 'http server listening')!.port as number;
  const base = `http://127.0.0.1:${port}`;
  return {
    name,
    port,
    running,
    logs,
    async readyz() {
      const res = await fetch(`${base}/readyz`);
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    },
    async slack(body, options = {}) {
      const raw = options.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
      const timestamp = Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = {
        'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(raw, timestamp, signingSecret),
      };
      if (options.retryNum) Object.assign(headers, { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' });
      const res = await fetch(`${base}/slack/events`, { method: 'POST', headers, body: raw });
      await res.text();
      return res.status;
    },
    async stop() {
      if (running.child.exitCode === null) running.child.kill('SIGTERM');
      return running.exited;
    },
  };
}

/** A block_actions payload as a form, the way Slack posts a button click. */
export const clickForm = (payload: object): Record<string, string> => ({ payload: JSON.stringify(payload) });
