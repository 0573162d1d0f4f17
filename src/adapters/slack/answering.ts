/** From a question to a Slack message: help, the ask flow with the conversation's history, rendering. */
import type { Answer } from '../../core/types.js';
import type { ChannelKind } from '../../report/types.js';
import type { ConversationStore } from '../shared/conversations.js';
import { messages, type AskFlow } from '../shared/ask-flow.js';
import type { FollowUp } from './action-values.js';
import type { AnswerCache } from './answer-cache.js';
import { isHelpRequest, renderHelp } from './help.js';
import { renderAnswer, renderNotice, type SlackMessage } from './render.js';

/** The platform name in logs and metrics. */
export const PLATFORM = 'slack';

export interface AskInput {
  /** The question as the person typed it (already converted from Slack formatting). */
  text: string;
  userId: string;
  followUp: FollowUp;
  /** Log fields: channel, event id… */
  context: Record<string, unknown>;
  /** Where it was asked, for the owners' report. */
  channelKind: ChannelKind;
  /** Offer "Share in channel" (answers only the asker sees). */
  shareable?: boolean;
  /** Credit the asker in the message (answers everyone sees). */
  askedBy?: string;
}

export interface Reply {
  message: SlackMessage;
  /** The core's answer; absent for help and notices (too long, rate limited, unavailable, error). */
  answer?: Answer;
}

export interface AnsweringDeps {
  flow: AskFlow;
  conversations: ConversationStore;
  answers: AnswerCache;
  /** The slash command, for the help text. */
  command: string;
  /** True once the adapter is stopping: new questions get the "restarting" notice. */
  isStopping(): boolean;
}

export interface Answering {
  ask(input: AskInput): Promise<Reply>;
  /**
   * The answer behind a "Share in channel" click, credited to the person sharing it: the cached answer,
   * or (after a restart) the question asked again with the history it had.
   */
  share(input: ShareInput): Promise<Reply>;
}

export interface ShareInput {
  answerId: string;
  question: string;
  userId: string;
  followUp: FollowUp;
  context: Record<string, unknown>;
}

export function createAnswering(deps: AnsweringDeps): Answering {
  return {
    async ask(input) {
      if (isHelpRequest(input.text)) return { message: renderHelp(deps.command, input.followUp) };
      if (deps.isStopping()) return { message: renderNotice(messages.unavailable) };
      const { key } = input.followUp;
      const result = await deps.flow.ask({
        platform: PLATFORM,
        userId: input.userId,
        text: input.text,
        history: deps.conversations.history(key),
        channelKind: input.channelKind,
        context: input.context,
      });
      if (result.type !== 'answer') return { message: renderNotice(result.message) };
      deps.conversations.append(key, input.text);
      const { answer } = result;
      const message = renderAnswer({
        answer,
        followUp: input.followUp,
        ...(input.shareable ? { shareId: deps.answers.put(answer) } : {}),
        ...(input.askedBy ? { askedBy: input.askedBy } : {}),
      });
      return { message, answer };
    },
    async share(input) {
      const cached = deps.answers.get(input.answerId);
      if (cached) return { message: renderAnswer({ answer: cached, followUp: input.followUp, askedBy: input.userId }), answer: cached };
      // The history now ends with the shared question itself; the answer was given without it.
      const history = deps.conversations.history(input.followUp.key);
      if (history.at(-1) === input.question) history.pop();
      const result = await deps.flow.ask({
        platform: PLATFORM,
        userId: input.userId,
        text: input.question,
        history,
        again: true,
        context: input.context,
      });
      if (result.type !== 'answer') return { message: renderNotice(result.message) };
      const message = renderAnswer({ answer: result.answer, followUp: input.followUp, askedBy: input.userId });
      return { message, answer: result.answer };
    },
  };
}
