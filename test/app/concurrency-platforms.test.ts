/**
 * 200 questions at once through the real app, the real core, the real Bolt receiver and the real
 * discord.js client (against the local fakes): each is acknowledged and answered exactly once.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/index.js';
import { createSlackAdapter } from '../../src/adapters/slack/index.js';
import { startApp, type App, type StartDeps } from '../../src/app/start.js';
import { startFakeDiscord } from '../adapters/discord/fake-discord.js';
import { BOT_ID, botUser, CHANNEL_ID, guildMessage } from '../adapters/discord/payloads.js';
import { startFakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { httpSlackConfig, signature, SIGNING_SECRET, slashCommand } from '../adapters/slack/helpers/harness.js';
import { captureLogger, tempProject, testConfig } from './helpers.js';
import { eventually, GLOSSARY, realFactory, writeKnowledge, ZORBLAX } from './reload-helpers.js';

const TOTAL = 200;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startReal(createAdapters: StartDeps['createAdapters']): Promise<App> {
  const { root, knowledgeDir } = tempProject();
  writeKnowledge(knowledgeDir, { 'glossary.md': GLOSSARY, 'zorblax.md': ZORBLAX });
  const { logger } = captureLogger([], 'warn');
  const app = await startApp(testConfig(knowledgeDir, { indexCacheDir: join(root, 'cache') }), {
    ...realFactory,
    logger,
    cwd: root,
    createAdapters,
    processMetrics: false,
    indexCacheFallbackDir: join(root, 'fallback'),
  });
  cleanups.push(() => app.stop());
  return app;
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('200 questions at once on the platforms', () => {
  it('acknowledges and answers 200 simultaneous Slack slash commands, each exactly once', async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const config = httpSlackConfig(fake.apiUrl);
    const app = await startReal((deps) => [createSlackAdapter(config, deps)]);
    const sent = Array.from({ length: TOTAL }, (_, i) => slashCommand(fake, 'What is Zorblax?', { user: `U${i}` }));
    const statuses = await Promise.all(
      sent.map(async ({ fields }) => {
        const body = new URLSearchParams(fields).toString();
        const timestamp = Math.floor(Date.now() / 1000);
        const res = await fetch(`http://127.0.0.1:${app.address.port}/slack/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) },
          body,
        });
        await res.text();
        return res.status;
      }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    await eventually(() => fake.responses.length, (n) => n >= TOTAL, 'every command answered');
    await app.stop(); // drains whatever is still in flight, so a late duplicate would show
    const ids = fake.responses.map((r) => r.id);
    expect(duplicates(ids)).toEqual([]);
    expect(new Set(ids)).toEqual(new Set(sent.map((s) => s.id)));
    expect(fake.responses.every((r) => String(r.body.text).includes('internal summarisation model'))).toBe(true);
  });

  it('replies to 200 simultaneous Discord mentions, each exactly once', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const app = await startReal((deps) => [createDiscordAdapter({ token: 'fake-bot-token', apiUrl: fake.apiUrl, channels: [CHANNEL_ID] }, deps)]);
    const messages = Array.from({ length: TOTAL }, (_, i) =>
      guildMessage({ content: `<@${BOT_ID}> What is Zorblax?`, mentions: [botUser], author: { id: String(1_400_000_000_000_100_000n + BigInt(i)), username: `user${i}`, discriminator: '0', global_name: null, avatar: null } }),
    );
    for (const message of messages) fake.dispatch('MESSAGE_CREATE', message);
    const replies = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
    await eventually(() => replies().length, (n) => n >= TOTAL, 'every mention answered');
    await app.stop();
    const repliedTo = replies().map((r) => String(r.body.message_reference?.message_id));
    expect(duplicates(repliedTo)).toEqual([]);
    expect(new Set(repliedTo)).toEqual(new Set(messages.map((m) => m.id)));
    expect(replies().every((r) => String(r.body.embeds?.[0]?.description).includes('internal summarisation model'))).toBe(true);
  });
});
