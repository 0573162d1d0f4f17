/**
 * Discord end to end: MESSAGE_CREATE mentions dispatched over a local fake gateway to the real discord.js
 * client in the real app (its own process), `concurrency` outstanding at a time; each is timed until the
 * bot's reply reaches the fake REST API. Everything on 127.0.0.1.
 */
import { startFakeDiscord } from '../test/adapters/discord/fake-discord.js';
import { BOT_ID, botUser, CHANNEL_ID, guildMessage } from '../test/adapters/discord/payloads.js';
import { startChild } from './child.js';
import { benchQuestions } from './core.js';
import { runLoad, withTimeout } from './load.js';
import type { BenchRow } from './stats.js';

/** A message not answered by then counts as failed, so the loop always ends. */
const REPLY_TIMEOUT_MS = 10_000;

export interface DiscordBenchOptions {
  total: number;
  concurrency: number;
  maxMs: number;
}

export async function benchDiscord(options: DiscordBenchOptions): Promise<BenchRow> {
  const fake = await startFakeDiscord();
  const bot = startChild('bot-child.ts', ['discord', fake.apiUrl], { timeoutMs: 5 * 60_000 });
  try {
    await bot.next<{ port: number }>();
    const questions = benchQuestions();
    // 500 people asking: within the default fair-use limit of 10 a minute each.
    const messages = Array.from({ length: options.total }, (_, i) =>
      guildMessage({
        content: `<@${BOT_ID}> ${questions[i % questions.length]!.q}`,
        mentions: [botUser],
        author: { id: String(1_400_000_000_000_100_000n + BigInt(i % 500)), username: `user${i % 500}`, discriminator: '0', global_name: null, avatar: null },
      }),
    );
    const replies = await runLoad({
      ...options,
      async send(i) {
        const message = messages[i]!;
        fake.dispatch('MESSAGE_CREATE', message);
        const reply = fake.nextRequest((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.message_reference?.message_id === message.id);
        await withTimeout(reply, REPLY_TIMEOUT_MS, `no reply within ${REPLY_TIMEOUT_MS} ms`);
      },
    });
    bot.send('stop');
    const usage = await bot.next<{ heapMb: number; peakRssMb: number; cpuMs: number }>();
    return {
      benchmark: 'Discord gateway, mentions',
      concurrency: options.concurrency,
      sent: replies.sent,
      'answers/s': replies.perSecond,
      'reply p50 ms': replies.p50,
      'reply p99 ms': replies.p99,
      'reply max ms': replies.max,
      'bot CPU ms/answer': Math.round((usage.cpuMs / Math.max(1, replies.sent)) * 100) / 100,
      'bot heap MB': usage.heapMb,
      'bot peak RSS MB': usage.peakRssMb,
      ...(replies.error ? { note: replies.error } : {}),
    };
  } finally {
    await Promise.race([bot.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    bot.kill();
    await fake.close();
  }
}
