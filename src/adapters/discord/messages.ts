import type { Client, Message, MessageCreateOptions } from 'discord.js';
import type { Logger } from 'pino';
import { messages as flowMessages, type AskFlow } from '../shared/ask-flow.js';
import { messageKey, type Answerer, type Reply } from './answerer.js';
import { HELP_TEXT } from './commands.js';

export interface MessageHandlerDeps {
  client: Client;
  answerer: Answerer;
  flow: AskFlow;
  logger: Logger;
  /** Channels mentions are answered in; empty = everywhere. DMs are always answered. */
  channels: readonly string[];
}

/** Removes every mention of the bot (`<@id>`, `<@!id>`) from a message. */
export function stripMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

const toBodies = (reply: Reply): MessageCreateOptions[] =>
  reply.type === 'text' ? [{ content: reply.content }] : reply.messages;

/**
 * Answers mentions of the bot user, replies to its answers, and every DM. Ignores bots, @everyone
 * and role mentions. Never throws: errors are reported and the user gets a short apology.
 */
export function createMessageHandler(deps: MessageHandlerDeps): (message: Message) => Promise<void> {
  const { client, answerer, flow, channels } = deps;

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

  async function handle(message: Message, botId: string): Promise<void> {
    const text = stripMention(message.content, botId);
    // Without the MessageContent intent a reply that does not ping the bot arrives empty: nothing to answer.
    if (!text && !message.mentions.users.has(botId) && message.inGuild()) return;
    const ref = message.reference?.messageId;
    const conversation =
      ref && message.mentions.repliedUser?.id === botId
        ? answerer.conversationOf(ref)
        : message.inGuild()
          ? messageKey(message.id)
          : `discord:dm:${message.channelId}`;
    const reply = text
      ? await answerer.answer({
          userId: message.author.id,
          text,
          conversation,
          context: { guild: message.guildId, channel: message.channelId, messageId: message.id },
          channelKind: !message.inGuild() ? 'dm' : message.channel.isThread() ? 'thread' : 'channel',
        })
      : ({ type: 'text', content: HELP_TEXT } as const);
    // A reply to the question, or to any part of the answer, continues this conversation.
    answerer.remember(conversation, [message.id]);
    for (const [i, body] of toBodies(reply).entries()) {
      answerer.remember(conversation, [(await send(message, body, i === 0)).id]);
    }
  }

  async function handleSafely(message: Message, botId: string): Promise<void> {
    try {
      await handle(message, botId);
    } catch (error) {
      flow.reportError('discord', error, { guild: message.guildId, channel: message.channelId, messageId: message.id });
      try {
        await send(message, { content: flowMessages.error }, true);
      } catch (apologyError) {
        deps.logger.warn({ err: apologyError, channel: message.channelId, messageId: message.id }, 'could not send the apology');
      }
    }
  }

  return async (message) => {
    const botId = client.user?.id;
    if (!botId || !shouldAnswer(message, botId)) return;
    // Tracked as a whole, apology included, so shutdown waits for it.
    await flow.track(handleSafely(message, botId));
  };
}
