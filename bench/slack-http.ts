/**
 * Slack over HTTP, end to end: signed slash commands POSTed to the bot's /slack/events (the real Bolt
 * receiver in the real app, in its own process), `concurrency` at a time; the bot acks, answers through
 * the core and posts each answer to its response_url on a local fake Slack. With `replicas` > 1, that
 * many bot processes share one real redis-server and the commands go round-robin, as from a load
 * balancer. Everything on 127.0.0.1.
 */
import { Agent, request } from 'node:http';
import { startFakeSlack } from '../test/adapters/slack/helpers/fake-slack.js';
import { signature, slashCommand } from '../test/adapters/slack/helpers/harness.js';
import { startRedis, type LocalRedis } from '../test/support/redis.js';
import { startChild, type BenchChild } from './child.js';
import { benchQuestions } from './core.js';
import { BENCH_SIGNING_SECRET, runLoad, waitUntil } from './load.js';
import type { BenchRow } from './stats.js';

export interface SlackBenchOptions {
  total: number;
  concurrency: number;
  maxMs: number;
  /** Bot processes sharing one Redis (default 1: a single process, state in memory). */
  replicas?: number;
}

/** POSTs one body and resolves with the status once the response has been read (the ack). */
function post(agent: Agent, port: number, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    // An ack that never comes counts as failed, so the loop always ends.
    req.setTimeout(10_000, () => req.destroy(new Error('no ack within 10 s')));
    req.end(body);
  });
}

export async function benchSlack(options: SlackBenchOptions): Promise<BenchRow> {
  const replicas = options.replicas ?? 1;
  const fake = await startFakeSlack();
  const redis: LocalRedis | undefined = replicas > 1 ? await startRedis() : undefined;
  const bots: BenchChild[] = Array.from({ length: replicas }, () =>
    startChild('bot-child.ts', ['slack', fake.apiUrl, ...(redis ? [redis.url] : [])], { timeoutMs: 5 * 60_000 }),
  );
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    const ports = (await Promise.all(bots.map((bot) => bot.next<{ port: number }>()))).map((r) => r.port);
    const questions = benchQuestions();
    // Built ahead, so the timed loop only sends. 1,000 users: within the default 10 a minute each.
    const timestamp = Math.floor(Date.now() / 1000);
    const commands = Array.from({ length: options.total }, (_, i) => {
      const { fields } = slashCommand(fake, questions[i % questions.length]!.q, { user: `U${String(i % 1000).padStart(6, '0')}` });
      const body = new URLSearchParams(fields).toString();
      const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp, BENCH_SIGNING_SECRET) };
      return { body, headers };
    });
    const started = performance.now();
    const acks = await runLoad({
      ...options,
      async send(i) {
        const status = await post(agent, ports[i % ports.length]!, commands[i]!.body, commands[i]!.headers);
        if (status !== 200) throw new Error(`ack status ${status}`);
      },
    });
    const acked = acks.sent - acks.failed;
    const allAnswered = await waitUntil(() => fake.responses.length >= acked, 60_000);
    const answeredMs = performance.now() - started;
    for (const bot of bots) bot.send('stop');
    const usage = await Promise.all(bots.map((bot) => bot.next<{ heapMb: number; peakRssMb: number; cpuMs: number }>()));
    const cpuMs = usage.reduce((sum, u) => sum + u.cpuMs, 0);
    return {
      benchmark: replicas > 1 ? `Slack HTTP, ${replicas} replicas + Redis` : 'Slack HTTP, slash commands',
      concurrency: options.concurrency,
      sent: acks.sent,
      'acks/s': acks.perSecond,
      'ack p50 ms': acks.p50,
      'ack p99 ms': acks.p99,
      'ack max ms': acks.max,
      failed: acks.failed,
      answered: fake.responses.length,
      'answers/s': Math.round((fake.responses.length / answeredMs) * 1000),
      'bot CPU ms/command': Math.round((cpuMs / Math.max(1, acks.sent)) * 100) / 100,
      'bot heap MB': Math.max(...usage.map((u) => u.heapMb)),
      'bot peak RSS MB': Math.max(...usage.map((u) => u.peakRssMb)),
      ...(acks.error || !allAnswered ? { note: acks.error ?? 'not every command was answered within 60 s' } : {}),
    };
  } finally {
    agent.destroy();
    await Promise.race([Promise.all(bots.map((bot) => bot.exited)), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    for (const bot of bots) bot.kill();
    await fake.close();
    await redis?.stop();
  }
}
