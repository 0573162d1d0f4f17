import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../../src/bot/messages.js';
import type { RecordedRequest } from './fake-discord.js';
import { startBot, type Bot } from './harness.js';
import { APP_ID, askInteraction, BOT_ID, botUser, CHANNEL_ID, GUILD_ID, guildMessage } from './payloads.js';

const mention = `<@${BOT_ID}>`;
const describes = (text: string) => (r: RecordedRequest) => r.body?.embeds?.[0]?.description === text;

describe('Discord error handling', () => {
  let bot: Bot;
  const errorLog = (messageId: string) =>
    bot.logs.find((l) => l.msg === 'error while handling a question' && l.messageId === messageId);

  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('apologizes and logs the error with guild, channel and message id when posting the answer fails', async () => {
    bot.fake.failWhen(describes('You asked: first failure'));
    const question = guildMessage({ content: `${mention} first failure`, mentions: [botUser] });
    bot.fake.dispatch('MESSAGE_CREATE', question);
    const apology = await bot.fake.nextRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === question.id);
    expect(apology.body.content).toBe(messages.error);
    await bot.settled();
    expect(errorLog(question.id)).toMatchObject({ platform: 'discord', guild: GUILD_ID, channel: CHANNEL_ID, err: { type: 'HTTPError' } });
  });

  it('keeps serving when the apology fails too', async () => {
    const question = guildMessage({ content: `${mention} everything fails`, mentions: [botUser] });
    bot.fake.failWhen((r) => r.body?.message_reference?.message_id === question.id);
    bot.fake.dispatch('MESSAGE_CREATE', question);
    const next = guildMessage({ content: `${mention} still answering?`, mentions: [botUser] });
    bot.fake.dispatch('MESSAGE_CREATE', next);
    const answer = await bot.fake.nextRequest((r) => r.body?.message_reference?.message_id === next.id);
    expect(answer.body.embeds[0].description).toBe('You asked: still answering?');
    await bot.settled();
    expect(errorLog(question.id)).toBeDefined();
    expect(bot.logs.find((l) => l.msg === 'could not send the apology' && l.messageId === question.id)).toBeDefined();
    expect(bot.adapter.status()).toBe('connected');
  });

  it('replies with the apology when the guide itself fails', async () => {
    const question = guildMessage({ content: `${mention} explode please`, mentions: [botUser] });
    bot.fake.dispatch('MESSAGE_CREATE', question);
    const reply = await bot.fake.nextRequest((r) => r.body?.message_reference?.message_id === question.id);
    expect(reply.body.content).toBe(messages.error);
  });

  it('turns a failed /ask answer into the apology in the deferred reply', async () => {
    bot.fake.failWhen(describes('You asked: slash failure'));
    const interaction = askInteraction('slash failure');
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
    const original = `/webhooks/${APP_ID}/${interaction.token}/messages/@original`;
    const apology = await bot.fake.nextRequest((r) => r.path === original && r.status === 200);
    expect(apology.body.content).toBe(messages.error);
    await bot.settled();
    expect(errorLog(interaction.id)).toMatchObject({ guild: GUILD_ID, channel: CHANNEL_ID });
  });

  it('stops: disconnects from the gateway and reports stopped', async () => {
    await bot.adapter.stop();
    expect(bot.adapter.status()).toBe('stopped');
  });
});
