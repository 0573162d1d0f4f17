import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../../src/adapters/discord/commands.js';
import type { RecordedRequest } from './fake-discord.js';
import { hugeText } from './fake-guide.js';
import { startBot, type Bot } from './harness.js';
import { BOT_ID, botUser, CHANNEL_ID, DM_CHANNEL_ID, dmMessage, guildMessage, MODS_ROLE_ID, OFF_TOPIC_ID, otherBot, THREAD_ID } from './payloads.js';

const mention = `<@${BOT_ID}>`;
const NO_PINGS = { parse: [], replied_user: false };

describe('Discord messages', () => {
  let bot: Bot;
  /** Sends a MESSAGE_CREATE and resolves with the bot's first message in reply to it. */
  const ask = (message: { id: string }): Promise<RecordedRequest> => {
    bot.fake.dispatch('MESSAGE_CREATE', message);
    return bot.fake.nextRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === message.id);
  };
  const askedTexts = () => bot.guide.questions.map((q) => q.text);
  const description = (req: RecordedRequest): string => req.body.embeds[0].description;

  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('replies to a mention with an embed answer, its sources, suggestion and feedback buttons', async () => {
    const reply = await ask(guildMessage({ content: `${mention} what is a reasoning model?`, mentions: [botUser] }));
    expect(reply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    const [embed] = reply.body.embeds;
    expect(embed.description).toBe('You asked: what is a reasoning model?');
    expect(embed.fields).toEqual([
      { name: 'Sources', value: '- [Reasoning models › What they are](https://example.org/reasoning)\n- Model catalog › Pricing' },
    ]);
    expect(embed.footer.text).toBe('Model Guide · ask a follow-up by replying');
    const [suggestions, feedback] = reply.body.components;
    expect(suggestions.components.map((b: { label: string }) => b.label)).toEqual([
      'GAN vs diffusion?',
      'which model for images on-prem?',
      'what is a reasoning model?',
    ]);
    expect(feedback.components.map((b: { emoji: { name: string } }) => b.emoji.name)).toEqual(['👍', '👎']);
    expect(reply.body.content ?? '').toBe('');
  });

  it('treats a reply to one of its answers as a follow-up, with or without a new mention', async () => {
    const first = await ask(guildMessage({ content: `${mention} what is a reasoning model?`, mentions: [botUser] }));
    await bot.settled();
    const second = await ask(
      guildMessage({ content: 'and which one runs on-prem?', replyTo: { id: first.response.id, author: botUser } }),
    );
    expect(description(second)).toBe('You asked: and which one runs on-prem?\nEarlier: what is a reasoning model?');
    await bot.settled();
    const third = await ask(
      guildMessage({ content: `${mention} how much does it cost?`, mentions: [botUser], replyTo: { id: second.response.id, author: botUser } }),
    );
    expect(description(third)).toBe(
      'You asked: how much does it cost?\nEarlier: what is a reasoning model? | and which one runs on-prem?',
    );
    // A new mention, not a reply, starts afresh.
    const fresh = await ask(guildMessage({ content: `${mention} GAN vs diffusion?`, mentions: [botUser] }));
    expect(description(fresh)).toBe('You asked: GAN vs diffusion?');
  });

  it('ignores messages that do not mention the bot user: plain, @everyone, role mentions, other channels, bots', async () => {
    const ignored = [
      guildMessage({ content: 'what is a reasoning model?' }),
      guildMessage({ content: '@everyone what is a reasoning model?', mentionEveryone: true }),
      guildMessage({ content: `<@&${MODS_ROLE_ID}> what is a reasoning model?`, mentionRoles: [MODS_ROLE_ID] }),
      guildMessage({ content: `${mention} off topic`, mentions: [botUser], channelId: OFF_TOPIC_ID }),
      guildMessage({ content: `${mention} I am a bot`, mentions: [botUser], author: otherBot }),
      guildMessage({ content: 'a reply to a person', replyTo: { id: '1700000000000000555', author: otherBot } }),
    ];
    const before = bot.guide.questions.length;
    for (const message of ignored) bot.fake.dispatch('MESSAGE_CREATE', message);
    // Events are handled in order: once this one is answered, the ones before it were seen.
    await ask(guildMessage({ content: `${mention} sentinel`, mentions: [botUser] }));
    expect(askedTexts().slice(before)).toEqual(['sentinel']);
    const ids = new Set(ignored.map((m) => m.id));
    expect(bot.fake.requests.filter((r) => ids.has(r.body?.message_reference?.message_id))).toEqual([]);
  });

  it('answers mentions in threads of an allowed channel', async () => {
    const reply = await ask(guildMessage({ content: `${mention} in a thread`, mentions: [botUser], channelId: THREAD_ID }));
    expect(reply.path).toBe(`/channels/${THREAD_ID}/messages`);
    expect(description(reply)).toBe('You asked: in a thread');
  });

  it('answers every DM, keeps the DM conversation, and needs no mention', async () => {
    bot.fake.dispatch('MESSAGE_CREATE', dmMessage('GAN vs diffusion?'));
    const first = await bot.fake.nextRequest((r) => r.path === `/channels/${DM_CHANNEL_ID}/messages`);
    expect(description(first)).toBe('You asked: GAN vs diffusion?');
    expect(first.body.message_reference).toBeUndefined(); // no quote needed in a DM
    expect(first.body.allowed_mentions).toEqual(NO_PINGS);
    await bot.settled();
    bot.fake.dispatch('MESSAGE_CREATE', dmMessage('which is faster?'));
    const second = await bot.fake.nextRequest((r) => r.path === `/channels/${DM_CHANNEL_ID}/messages`);
    expect(description(second)).toBe('You asked: which is faster?\nEarlier: GAN vs diffusion?');
  });

  it('shows the help text for a bare mention or "help"', async () => {
    const bare = await ask(guildMessage({ content: mention, mentions: [botUser] }));
    expect(bare.body.content).toBe(HELP_TEXT);
    const help = await ask(guildMessage({ content: `${mention} help`, mentions: [botUser] }));
    expect(help.body.content).toBe(HELP_TEXT);
    expect(HELP_TEXT).toContain('- What does Claude 4.5 Sonnet cost per 1M tokens?');
  });

  it('refuses a question over 2,000 characters with a short reply, without asking the guide', async () => {
    const before = bot.guide.questions.length;
    const reply = await ask(guildMessage({ content: `${mention} ${'why '.repeat(600)}`, mentions: [botUser] }));
    expect(reply.body.content).toBe('That question is too long for me: please keep it under 2,000 characters.');
    expect(bot.guide.questions.length).toBe(before);
  });

  it('never lets an answer ping anyone, whatever its text says', async () => {
    const reply = await ask(guildMessage({ content: `${mention} show me pings`, mentions: [botUser] }));
    expect(description(reply)).toContain('@everyone');
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('splits a long answer over several messages within Discord limits, buttons on the last', async () => {
    const question = guildMessage({ content: `${mention} a huge answer please`, mentions: [botUser] });
    const first = await ask(question);
    expect(first.body.embeds).toHaveLength(1);
    const parts = [first];
    while (!parts.at(-1)!.body.components?.length) {
      parts.push(await bot.fake.nextRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages` && !r.body.message_reference));
    }
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      const embeds = part.body.embeds as Array<{ description: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }>;
      const total = embeds.reduce(
        (n, e) => n + e.description.length + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
        0,
      );
      expect(total).toBeLessThanOrEqual(6000);
      for (const e of embeds) {
        expect(e.description.length).toBeLessThanOrEqual(4096);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
      }
      expect(part.body.allowed_mentions).toEqual(NO_PINGS);
    }
    const text = parts.map((p) => p.body.embeds.map((e: { description: string }) => e.description).join(' ')).join(' ');
    expect(text.replace(/\s+/g, ' ')).toBe(hugeText().replace(/\s+/g, ' ')); // split, nothing lost
  });
});
