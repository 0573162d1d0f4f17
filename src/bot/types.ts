/** The front door's shapes: what an adapter hands in (a platform-neutral turn) and what it gets back. */
import type { Answer } from '../core/types.js';
import type { AnswerRecord } from './answers.js';

export type { AnswerRecord } from './answers.js';

/** Log fields that say where something happened: channel, guild, event or message id, user. */
export type EventContext = Record<string, unknown>;

/** One question, as every platform asks it. */
export interface Turn {
  /** Who asks: the rate limit and the logs. */
  userId: string;
  /** The question as the person typed it, platform formatting already removed. */
  text: string;
  /** The conversation (thread, DM, reply chain; or a message linked to one) it continues and joins. */
  conversation: string;
  context?: EventContext;
  /** Keep the whole answer for a while, so a button can show it again (Slack's private answers). */
  keep?: boolean;
  /**
   * An earlier question asked again (a Share whose answer has expired): answered with the context it
   * had, and not remembered as a new turn.
   */
  again?: boolean;
}

export type TurnResult =
  | { type: 'answer'; answer: Answer; answerId: string }
  /** The person asked for the platform's help text (nothing, `help`, `?`): the adapter renders it. */
  | { type: 'help' }
  | { type: 'too_long'; message: string }
  | { type: 'rate_limited'; message: string; retryAfterMs: number }
  | { type: 'unavailable'; message: string }
  | { type: 'error'; message: string };

export interface VoteInput {
  /** The answer's id, as its button carries it. */
  answerId: string | undefined;
  vote: 'up' | 'down';
  userId: string;
  context?: EventContext;
  /** What the button itself carries, for the log when the answer is no longer remembered. */
  about?: { question?: string; questionHash?: string; kind?: string; sources?: string[] };
}

/** The front door as one platform's adapter uses it: every call is labelled with that platform. */
export interface PlatformDoor {
  readonly platform: string;
  /** Help, the length and rate limits, the conversation's context, the core, remembering the turn. Never throws. */
  ask(turn: Turn): Promise<TurnResult>;
  /**
   * Runs the whole handling of one event (answer and reply), tracked for shutdown. An error is
   * logged with `context` and the person gets `apologize(text)`. Never rejects.
   */
  handle(context: EventContext, work: () => Promise<void>, apologize: (text: string) => Promise<unknown>): Promise<void>;
  /**
   * Runs `work` for the first delivery of `deliveryId` that any replica sees, and skips repeats
   * (false). A delivery whose handler died is taken again once its claim lapses (45 s).
   */
  once(deliveryId: string, work: () => Promise<void>): Promise<boolean>;
  /** Makes replies to `alias` (a message the bot posted) continue `conversation`. */
  link(alias: string, conversation: string): Promise<void>;
  /** The conversation `alias` leads to, if it was linked. */
  conversationOf(alias: string): Promise<string | undefined>;
  /** What is remembered about an earlier answer (its buttons). */
  record(answerId: string): Promise<AnswerRecord | undefined>;
  /** An earlier answer kept whole (`keep: true`), while it is kept. */
  kept(answerId: string): Promise<Answer | undefined>;
  /** Counts and logs a 👍/👎 vote, and reports it to the outcome hook. */
  vote(input: VoteInput): Promise<void>;
  /** Records an error outside any handler (metrics and a log line). */
  reportError(error: unknown, context?: EventContext): void;
  /** The adapter is stopping: new questions get the "restarting" message. */
  stopAccepting(): void;
  startAccepting(): void;
  /** Resolves when this platform's work in flight is done, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
  inFlight(): number;
}

/** The front door of the whole app: one per process, shared by every adapter. */
export interface FrontDoor {
  forPlatform(platform: string): PlatformDoor;
  /** Shutdown began: every platform's new questions get the "restarting" message. */
  stopAccepting(): void;
  /** Resolves when all work in flight is done, or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
  inFlight(): number;
  /** How a question may appear in a log line (LOG_QUESTIONS). */
  questionFields(text: string): Record<string, unknown>;
}
