import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../../src/adapters/discord/commands.js';
import { EXPIRED_BUTTON, FEEDBACK_THANKS } from '../../../src/adapters/discord/interactions.js';
import type { RecordedRequest } from './fake-discord.js';
import { SOURCES } from './fake-guide.js';
import { startBot, type Bot } from './harness.js';
import { APP_ID, askInteraction, botUser, buttonInteraction, guildMessage } from './payloads.js';

const NO_PINGS = { parse: [], replied_user: false };
const EPHEMERAL = 64;

describe('Discord /ask and buttons', () => {
  let bot: Bot;
  const callbackOf = (i: { id: string; token: string }) =>
    bot.fake.nextRequest((r) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`);
  const originalOf = (i: { token: string }) =>
    bot.fake.nextRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${i.token}/messages/@original`);
  /** The custom_ids of the buttons under an answer, by label or emoji. */
  const buttons = (answer: RecordedRequest): Record<string, string> =>
    Object.fromEntries(
      answer.body.components.flatMap((row: { components: Array<{ label?: string; emoji?: { name: string }; custom_id: string }> }) =>
        row.components.map((b) => [b.label ?? b.emoji!.name, b.custom_id]),
      ),
    );
  async function askCommand(question?: string) {
    const interaction = askInteraction(question);
    bot.fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await callbackOf(interaction);
    return { interaction, callback };
  }

  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('defers /ask at once, then edits the deferred reply into the answer', async () => {
    const { interaction, callback } = await askCommand('what is a reasoning model?');
    expect(callback.body.type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    expect(callback.body.data.flags & EPHEMERAL).toBe(0); // the answer is public
    const answer = await originalOf(interaction);
    expect(bot.fake.requests.indexOf(callback)).toBeLessThan(bot.fake.requests.indexOf(answer));
    expect(answer.body.embeds[0].description).toBe('You asked: what is a reasoning model?');
    expect(answer.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('answers /ask without a question, or "help", with the help text, only to the asker', async () => {
    for (const question of [undefined, 'help']) {
      const { callback } = await askCommand(question);
      expect(callback.body).toEqual({ type: 4, data: expect.objectContaining({ content: HELP_TEXT, flags: EPHEMERAL }) });
      expect(callback.body.data.allowed_mentions).toEqual(NO_PINGS);
    }
  });

  it('continues the /ask conversation when someone replies to its answer', async () => {
    const { interaction } = await askCommand('what is a reasoning model?');
    const answer = await originalOf(interaction);
    await bot.settled();
    const followUp = guildMessage({ content: 'is it slower?', replyTo: { id: answer.response.id, author: botUser } });
    bot.fake.dispatch('MESSAGE_CREATE', followUp);
    const reply = await bot.fake.nextRequest((r) => r.body?.message_reference?.message_id === followUp.id);
    expect(reply.body.embeds[0].description).toBe('You asked: is it slower?\nEarlier: what is a reasoning model?');
  });

  it('answers a suggestion click in place, with the conversation so far', async () => {
    const { interaction } = await askCommand('what is a reasoning model?');
    const answer = await originalOf(interaction);
    await bot.settled();
    const click = buttonInteraction(buttons(answer)['which model for images on-prem?']!, answer.response.id);
    bot.fake.dispatch('INTERACTION_CREATE', click);
    const callback = await callbackOf(click);
    expect(callback.body.type).toBe(5);
    expect(callback.body.data.flags & EPHEMERAL).toBe(0);
    const followUp = await originalOf(click);
    expect(followUp.body.embeds[0].description).toBe(
      'You asked: which model for images on-prem?\nEarlier: what is a reasoning model?',
    );
    expect(followUp.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('acknowledges 👍 and 👎 only to the clicker and logs them with question, kind and sources', async () => {
    const { interaction } = await askCommand('GAN vs diffusion?');
    const answer = await originalOf(interaction);
    for (const [emoji, vote] of [['👍', 'up'], ['👎', 'down']] as const) {
      const click = buttonInteraction(buttons(answer)[emoji]!, answer.response.id);
      bot.fake.dispatch('INTERACTION_CREATE', click);
      const callback = await callbackOf(click);
      await bot.settled();
      expect(callback.body).toEqual({ type: 4, data: expect.objectContaining({ content: FEEDBACK_THANKS[vote], flags: EPHEMERAL }) });
      expect(bot.logs.find((l) => l.msg === 'feedback' && l.messageId === click.id)).toMatchObject({
        platform: 'discord',
        vote,
        question: 'GAN vs diffusion?',
        kind: 'explanation',
        sources: SOURCES.map((s) => s.id),
        guild: click.guild_id,
        channel: click.channel_id,
      });
    }
  });

  it('says so when a button belongs to an answer it no longer remembers', async () => {
    const click = buttonInteraction('mg:s:unknown1:0', '1700000000000000777');
    bot.fake.dispatch('INTERACTION_CREATE', click);
    const callback = await callbackOf(click);
    expect(callback.body).toEqual({ type: 4, data: expect.objectContaining({ content: EXPIRED_BUTTON, flags: EPHEMERAL }) });
  });

  it('refuses a /ask question over 2,000 characters with a short reply', async () => {
    const { interaction } = await askCommand('why '.repeat(600));
    const reply = await originalOf(interaction);
    expect(reply.body.content).toBe('That question is too long for me: please keep it under 2,000 characters.');
  });

  it('sent every message and interaction reply with pings disabled', () => {
    const bodies = bot.fake.requests.flatMap((r) => {
      if (r.path.endsWith('/callback')) return r.body.type === 4 ? [r.body.data] : [];
      return /^\/(channels\/\d+\/messages|webhooks\/)/.test(r.path) ? [r.body] : [];
    });
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) expect(body.allowed_mentions).toEqual(NO_PINGS);
  });
});
