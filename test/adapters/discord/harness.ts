/** Starts the real Discord adapter (real discord.js client) against the fake Discord, with a fake guide. */
import { pino } from 'pino';
import { createDiscordAdapter } from '../../../src/adapters/discord/index.js';
import type { DiscordConfig } from '../../../src/adapters/discord/config.js';
import { testFrontDoor } from '../../support/front-door.js';
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
  // logQuestions: the feedback tests check that the question is logged when LOG_QUESTIONS=true.
  const frontDoor = testFrontDoor(guide, logger, { logQuestions: true });
  const adapter = createDiscordAdapter(
    { token: 'fake-bot-token', apiUrl: fake.apiUrl, channels: [CHANNEL_ID], ...config },
    { frontDoor, logger },
  );
  await adapter.start();
  return {
    fake,
    guide,
    frontDoor,
    adapter,
    logs,
    /** Resolves once every handler started so far has finished (its REST calls done, its memory updated). */
    settled: () => frontDoor.drain(10_000),
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

export type Bot = Awaited<ReturnType<typeof startBot>>;
