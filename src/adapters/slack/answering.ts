/** From a question to a Slack message: the front door with the conversation's key, then rendering. */
import type { Answer } from '../../core/types.js';
import type { PlatformDoor, TurnResult } from '../../bot/types.js';
import type { FollowUp } from './action-values.js';
import { renderHelp } from './help.js';
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

export interface ShareInput {
  answerId: string;
  question: string;
  userId: string;
  followUp: FollowUp;
  context: Record<string, unknown>;
}

export interface Answering {
  ask(input: AskInput): Promise<Reply>;
  /**
   * The answer behind a "Share in channel" click, credited to the person sharing it: the kept answer
   * (whichever replica gave it), or once it has expired, the question asked again with its context.
   */
  share(input: ShareInput): Promise<Reply>;
}

export function createAnswering(door: PlatformDoor, command: string): Answering {
  function reply(result: TurnResult, followUp: FollowUp, view: { shareable?: boolean; askedBy?: string } = {}): Reply {
    if (result.type === 'help') return { message: renderHelp(command, followUp) };
    if (result.type !== 'answer') return { message: renderNotice(result.message) };
    const { answer, answerId } = result;
    return { message: renderAnswer({ answer, answerId, followUp, ...view }), answer };
  }

  return {
    async ask(input) {
      const result = await door.ask({
        userId: input.userId,
        text: input.text,
        conversation: input.followUp.key,
        context: input.context,
        ...(input.shareable ? { keep: true } : {}),
      });
      return reply(result, input.followUp, {
        ...(input.shareable ? { shareable: true } : {}),
        ...(input.askedBy ? { askedBy: input.askedBy } : {}),
      });
    },
    async share(input) {
      const kept = await door.kept(input.answerId);
      if (kept) {
        const message = renderAnswer({ answer: kept, answerId: input.answerId, followUp: input.followUp, askedBy: input.userId });
        return { message, answer: kept };
      }
      const result = await door.ask({
        userId: input.userId,
        text: input.question,
        conversation: input.followUp.key,
        context: input.context,
        again: true,
      });
      return reply(result, input.followUp, { askedBy: input.userId });
    },
  };
}
