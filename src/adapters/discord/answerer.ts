import type { ChannelKind } from '../../report/types.js';
import type { AskFlow } from '../shared/ask-flow.js';
import type { ConversationStore } from '../shared/conversations.js';
import type { ActionStore, AnswerRecord } from './actions.js';
import { HELP_TEXT, isHelpRequest } from './commands.js';
import { renderAnswer, type AnswerMessage } from './render.js';

export interface AnswerRequest {
  userId: string;
  text: string;
  /** Conversation key: its earlier questions are the context, and this question joins them. */
  conversation: string;
  /** Log fields: guild, channel, messageId. */
  context: Record<string, unknown>;
  /** Where it was asked, for the owners' report. */
  channelKind: ChannelKind;
}

/** What to send back: an answer (embeds and buttons, maybe over several messages) or a short text. */
export type Reply = { type: 'answer'; messages: AnswerMessage[] } | { type: 'text'; content: string };

/** The Discord side of answering: help, conversation memory, the ask flow and rendering. */
export interface Answerer {
  answer(request: AnswerRequest): Promise<Reply>;
  /** Makes a reply to any of these (bot) messages continue `conversation`. */
  remember(conversation: string, messageIds: readonly string[]): void;
  /** The conversation a reply to `messageId` continues (a new one keyed by that id when unknown). */
  conversationOf(messageId: string): string;
  record(answerId: string): AnswerRecord | undefined;
}

export interface AnswererDeps {
  flow: AskFlow;
  conversations: ConversationStore;
  actions: ActionStore;
}

export const messageKey = (messageId: string) => `discord:msg:${messageId}`;

export function createAnswerer({ flow, conversations, actions }: AnswererDeps): Answerer {
  return {
    async answer({ userId, text, conversation, context, channelKind }) {
      if (isHelpRequest(text)) return { type: 'text', content: HELP_TEXT };
      const history = conversations.history(conversation);
      const result = await flow.ask({ platform: 'discord', userId, text, history, channelKind, context });
      if (result.type !== 'answer') return { type: 'text', content: result.message };
      conversations.append(conversation, text);
      const { answer } = result;
      const answerId = actions.save({
        question: text,
        text: answer.text,
        kind: answer.kind,
        sources: answer.sources.map((s) => s.id),
        suggestions: answer.suggestions,
        conversation,
      });
      return { type: 'answer', messages: renderAnswer(answer, answerId) };
    },
    remember(conversation, messageIds) {
      for (const id of messageIds) conversations.link(messageKey(id), conversation);
    },
    conversationOf: (messageId) => conversations.resolve(messageKey(messageId)),
    record: (answerId) => actions.get(answerId),
  };
}
