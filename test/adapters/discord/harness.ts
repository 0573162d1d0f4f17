/** Starts the real Discord adapter (real discord.js client) against the fake Discord, with a fake guide. */
import { pino } from 'pino';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { DiscordConfig } from '../../../src/adapters/discord/config.js';
import { createAskFlow } from '../../../src/adapters/shared/ask-flow.js';
import { createRateLimiter } from '../../../src/adapters/shared/rate-limiter.js';
import { createFakeGuide } from './fake-guide.js';
import { startFakeDiscord } from './fake-discord.js';
import { CHANNEL_ID } from './payloads.js';

export type LogLine = Record<string, unknown> & { level: number; msg: string };

export async function startBot(config: Partial<DiscordConfig> = {}) {
  const fake = await startFakeDiscord();
  const guide = createFakeGuide();
  const logs: LogLine[] = [];
  // Logs are kept in memory, never printed, so tests can check what was logged.
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  // The fair-use limit would stop a test file's many questions from one user; its own tests cover it.
  // logQuestions: the feedback tests check that the question is logged when LOG_QUESTIONS=true.
  const realFlow = createAskFlow({ guide, logger, logQuestions: true, limiter: createRateLimiter({ perUser: 0, windowMs: 60_000 }) });
  // The adapter tracks every handler through the flow; keeping the promises lets a test wait until
  // the bot has finished with what it was sent (its REST calls done, its memory updated).
  const tracked: Promise<unknown>[] = [];
  const flow = { ...realFlow, track: <T>(work: Promise<T>) => (tracked.push(work), realFlow.track(work)) };
  const adapter = createDiscordAdapter(
    { token: 'fake-bot-token', apiUrl: fake.apiUrl, channels: [CHANNEL_ID], ...config },
    { flow, logger },
  );
  await adapter.start();
  return {
    fake,
    guide,
    flow,
    adapter,
    logs,
    /** Resolves once every handler started so far has finished. */
    async settled(): Promise<void> {
      for (let seen = 0; seen < tracked.length; ) {
        seen = tracked.length;
        await Promise.allSettled(tracked);
      }
    },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export type Bot = Awaited<ReturnType<typeof startBot>>;
