/**
 * Over the limit is never silence: through the real app, the real Bolt receiver and the real discord.js
 * client (against the local fakes), a limited user always gets the reply saying when to ask again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/index.js';
import { createSlackAdapter } from '../../src/adapters/slack/index.js';
import { startApp, type App } from '../../src/app/start.js';
import { startFakeDiscord } from '../adapters/discord/fake-discord.js';
import { alice, bob, BOT_ID, botUser, CHANNEL_ID, guildMessage } from '../adapters/discord/payloads.js';
import { startFakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { httpSlackConfig, signature, SIGNING_SECRET, slashCommand } from '../adapters/slack/helpers/harness.js';
import { captureLogger, fakeGuide, fakeKnowledgeBase, tempProject, testConfig } from './helpers.js';

const LIMITED = /^You're asking faster than I can keep up with\. Please try again in (59|60) seconds\.$/;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startWith(createAdapters: Parameters<typeof startApp>[1]['createAdapters']): Promise<App> {
  const { knowledgeDir } = tempProject();
  const { logger } = captureLogger();
  const app = await startApp(testConfig(knowledgeDir, { rateLimit: { perUser: 1, windowMs: 60_000 } }), {
    loadKnowledge: async (dir) => fakeKnowledgeBase(dir),
    createGuide: () => fakeGuide(),
    createAdapters,
    logger,
    processMetrics: false,
  });
  cleanups.push(() => app.stop());
  return app;
}

describe('the rate limit on the platforms', () => {
  it('answers a Slack slash command over the limit privately, saying when to ask again', async () => {
    const fake = await startFakeSlack();
    cleanups.push(() => fake.close());
    const config = httpSlackConfig(fake.apiUrl);
    const app = await startWith((deps) => [createSlackAdapter(config, deps)]);
    const command = async (user: string) => {
      const { fields, id } = slashCommand(fake, 'what is a reasoning model?', { user });
      const body = new URLSearchParams(fields).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      const res = await fetch(`http://127.0.0.1:${app.address.port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) },
        body,
      });
      expect(res.status).toBe(200);
      return (await fake.waitForResponse((r) => r.id === id)).body;
    };
    expect((await command('U1')).text).toContain('guide answers');
    const limited = await command('U1');
    expect(limited.response_type).toBe('ephemeral');
    expect(limited.text).toMatch(LIMITED);
    expect((await command('U2')).text).toContain('guide answers');
  });

  it('replies to a Discord mention over the limit in the channel, saying when to ask again', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    await startWith((deps) => [createDiscordAdapter({ token: 'fake-bot-token', apiUrl: fake.apiUrl, channels: [CHANNEL_ID] }, deps)]);
    const mention = async (author: object) => {
      const message = guildMessage({ content: `<@${BOT_ID}> what is a reasoning model?`, mentions: [botUser], author });
      fake.dispatch('MESSAGE_CREATE', message);
      return fake.nextRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === message.id);
    };
    expect((await mention(alice)).body.embeds[0].description).toContain('guide answers');
    const limited = await mention(alice);
    expect(limited.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(limited.body.content).toMatch(LIMITED);
    expect((await mention(bob)).body.embeds[0].description).toContain('guide answers');
  });
});
