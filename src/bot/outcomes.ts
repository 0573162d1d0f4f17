/**
 * The hook where the owners' report (or anything else) learns what went wrong for people: a question
 * the knowledge base could not answer, and every 👍/👎 vote. Called after the reply is on its way;
 * a hook that fails or is slow never changes what anyone sees.
 */
import type { AnswerKind } from '../core/types.js';
import type { AnswerRecord } from './answers.js';

export type Outcome =
  | {
      type: 'unanswered';
      platform: string;
      userId: string;
      /** The question as asked (not subject to LOG_QUESTIONS: that setting is about logs). */
      question: string;
      kind: AnswerKind;
      /** The answer's source ids (usually none for "I don't know"). */
      sources: string[];
      answerId: string;
      conversation: string;
      /** ms since the epoch. */
      at: number;
      /** Where it was asked: channel, event or message id… */
      context: Record<string, unknown>;
    }
  | {
      type: 'vote';
      platform: string;
      userId: string;
      vote: 'up' | 'down';
      /** Absent when the button carried none (Slack buttons from before answer ids). */
      answerId: string | undefined;
      /** The answer voted on, while it is remembered (7 days). */
      record: AnswerRecord | undefined;
      /** The question, from the record or from the button itself; undefined when neither has it. */
      question: string | undefined;
      at: number;
      context: Record<string, unknown>;
    };

/** Receives every outcome; may be async. Its errors are logged and otherwise ignored. */
export type OutcomeHook = (outcome: Outcome) => void | Promise<void>;
