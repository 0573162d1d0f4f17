import type { Client, Message, MessageCreateOptions } from 'discord.js';
import type { PlatformDoor } from '../../bot/types.js';
import { dmKey, messageKey, toBodies, toReply } from './reply.js';

export interface MessageHandlerDeps {
  client: Client;
  door: PlatformDoor;
  /** Channels mentions are answered in; empty = everywhere. DMs are always answered. */
  channels: readonly string[];
}

/** Removes every mention of the bot (`<@id>`, `<@!id>`) from a message. */
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Answers mentions of the bot user, replies to its answers, and every DM. Ignores bots, @everyone
 * and role mentions. Runs through the front door, which catches, logs and apologises.
 */
export function createMessageHandler(deps: MessageHandlerDeps): (message: Message) => Promise<void> {
  const { client, door, channels } = deps;

  function shouldAnswer(message: Message, botId: string): boolean {
    if (message.author.bot || message.system || message.webhookId) return false;
    if (!message.inGuild()) return true;
    const mentioned = message.mentions.users.has(botId);
    const repliedToBot = Boolean(message.reference?.messageId) && message.mentions.repliedUser?.id === botId;
    if (!mentioned && !repliedToBot) return false;
    if (channels.length === 0) return true;
    const parent = message.channel.isThread() ? message.channel.parentId : null;
    return channels.includes(message.channelId) || (parent !== null && channels.includes(parent));
  }

  /** The first message replies to the question in servers; DMs need no quote. */
  async function send(message: Message, body: MessageCreateOptions, first: boolean): Promise<Message> {
    if (first && message.inGuild()) return message.reply(body);
    if (!message.channel.isSendable()) throw new Error(`channel ${message.channelId} does not accept messages`);
    return message.channel.send(body);
  }

  async function handle(message: Message, botId: string, context: Record<string, unknown>): Promise<void> {
    const text = stripMention(message.content, botId);
    // Without the MessageContent intent a reply that does not ping the bot arrives empty: nothing to answer.
    if (!text && !message.mentions.users.has(botId) && message.inGuild()) return;
    const ref = message.reference?.messageId;
    const conversation =
      ref && message.mentions.repliedUser?.id === botId
        ? ((await door.conversationOf(messageKey(ref))) ?? messageKey(ref))
        : message.inGuild()
          ? messageKey(message.id)
          : dmKey(message.channelId);
    // A mention without a question is a request for help: the front door says so.
    const reply = toReply(await door.ask({ userId: message.author.id, text, conversation, context }));
    // A reply to the question, or to any part of the answer, continues this conversation.
    await door.link(messageKey(message.id), conversation);
    for (const [i, body] of toBodies(reply).entries()) {
      await door.link(messageKey((await send(message, body, i === 0)).id), conversation);
    }
  }

  return async (message) => {
    const botId = client.user?.id;
    if (!botId || !shouldAnswer(message, botId)) return;
    const channelKind = !message.inGuild() ? 'dm' : message.channel.isThread() ? 'thread' : 'channel';
    const context = { guild: message.guildId, channel: message.channelId, messageId: message.id, channelKind };
    await door.handle(context, () => handle(message, botId, context), (apology) => send(message, { content: apology }, true));
  };
}
