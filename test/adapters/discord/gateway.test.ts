import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from './harness.js';
import { BOT_ID, guildMessage, botUser } from './payloads.js';

// Guilds (1 << 0) + GuildMessages (1 << 9) + DirectMessages (1 << 12); no MessageContent (1 << 15).
const EXPECTED_INTENTS = 1 + 512 + 4096;

describe('Discord gateway connection', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('logs in with the bot token and exactly the Guilds, GuildMessages and DirectMessages intents', async () => {
    const identify = await bot.fake.nextFrame((f) => f.op === 2);
    expect(identify.d.token).toBe('fake-bot-token');
    expect(identify.d.intents).toBe(EXPECTED_INTENTS);
    expect(identify.d.url).toContain('v=10&encoding=json');
    expect(bot.adapter.status()).toBe('connected');
    const gatewayLookup = bot.fake.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayLookup?.headers.authorization).toBe('Bot fake-bot-token');
  });

  it('resumes the session after the gateway drops the connection, and keeps answering', async () => {
    bot.fake.drop(4000);
    const resume = await bot.fake.nextFrame((f) => f.op === 6);
    expect(resume.d).toMatchObject({ token: 'fake-bot-token', session_id: 'd8f1c3a0b2e94f7a8c6d5e4f3a2b1c0d' });
    expect(resume.d.url).toMatch(/^\/resume\?/);
    expect(bot.fake.frames.filter((f) => f.op === 2)).toHaveLength(1); // resumed, not re-identified

    const question = guildMessage({ content: `<@${BOT_ID}> still there?`, mentions: [botUser] });
    bot.fake.dispatch('MESSAGE_CREATE', question);
    const reply = await bot.fake.nextRequest((r) => r.body?.message_reference?.message_id === question.id);
    expect(reply.body.embeds[0].description).toBe('You asked: still there?');
    expect(bot.adapter.status()).toBe('connected');
  });
});
