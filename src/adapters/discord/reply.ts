/** What the Discord adapter sends back for a front-door result, and the conversation keys it uses. */
import type { TurnResult } from '../../bot/types.js';
import { HELP_TEXT } from './commands.js';
import { renderAnswer, type AnswerMessage } from './render.js';

/** The platform name in logs and metrics. */
export const PLATFORM = 'discord';

/** An answer (embeds and buttons, maybe over several messages) or a short text. */
export type Reply = { type: 'answer'; messages: AnswerMessage[] } | { type: 'text'; content: string };

export function toReply(result: TurnResult): Reply {
  if (result.type === 'answer') return { type: 'answer', messages: renderAnswer(result.answer, result.answerId) };
  return { type: 'text', content: result.type === 'help' ? HELP_TEXT : result.message };
}

/** The messages to send, in order: each one fits both a channel message and an interaction reply. */
export const toBodies = (reply: Reply): Array<{ content: string } | AnswerMessage> =>
  reply.type === 'text' ? [{ content: reply.content }] : reply.messages;

/** The conversation a message starts, or that a reply to it continues (when it was linked to one). */
export const messageKey = (messageId: string) => `msg:${messageId}`;
/** A DM channel is one conversation. */
export const dmKey = (channelId: string) => `dm:${channelId}`;
