import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Answer, Guide } from '../../core/types.js';
import { noRecorder, type Recorder, type VoteOutcome } from '../../report/recorder.js';
import type { ChannelKind } from '../../report/types.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import { noTelemetry, type Telemetry } from './telemetry.js';

/** Questions longer than this are refused with a short message, never processed. */
export const MAX_QUESTION_CHARS = 2000;

export interface AskRequest {
  platform: string;
  userId: string;
  text: string;
  history?: readonly string[];
  /** Where it was asked (the owners' report): a DM, a channel, a thread, a slash command, the local chat. */
  channelKind?: ChannelKind;
  /** The same question asked again for a button (Share after a restart): not a new question for the report. */
  again?: boolean;
  /** Extra log fields: channel, event or message id... */
  context?: Record<string, unknown>;
}

export type AskResult =
  | { type: 'answer'; answer: Answer }
  | { type: 'too_long'; message: string }
  | { type: 'rate_limited'; message: string; retryAfterMs: number }
  | { type: 'unavailable'; message: string }
  | { type: 'error'; message: string };

export interface AskFlowDeps {
  guide: Guide;
  logger: Logger;
  telemetry?: Telemetry;
  limiter?: RateLimiter;
  /** Log question text (default false: only its length and a hash). */
  logQuestions?: boolean;
  /** The owners' report: told about every answer and every vote (default: nothing is recorded). */
  recorder?: Recorder;
}

/** The one path every platform takes to answer: limits, the core, logs and metrics. Never throws. */
export interface AskFlow {
  ask(request: AskRequest): Promise<AskResult>;
  /** Track a whole handler (answer and reply) so shutdown can wait for it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Refuse new questions from now on. */
  stopAccepting(): void;
  /** Resolves when tracked work is done or after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
  inFlight(): number;
  /** A 👍/👎 on an answer, for the owners' report. Never throws. */
  vote(outcome: VoteOutcome): void;
  /** Record a platform error (metrics) and log it with its context. */
  reportError(platform: string, error: unknown, context?: Record<string, unknown>): void;
  /** How a question may appear in a log line: its text with LOG_QUESTIONS, else its length and a hash. */
  questionFields(text: string): Record<string, unknown>;
}

export const messages = {
  tooLong: (limit: number) =>
    `That question is too long for me: please keep it under ${limit.toLocaleString('en-US')} characters.`,
  rateLimited: (seconds: number) =>
    `You're asking faster than I can keep up with. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  unavailable: 'Model Guide is restarting right now. Please ask again in a moment.',
  error: "Sorry, something went wrong on my side while answering. Please try again in a moment.",
} as const;

export function hashQuestion(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function createAskFlow(deps: AskFlowDeps): AskFlow {
  const telemetry = deps.telemetry ?? noTelemetry;
  const recorder = deps.recorder ?? noRecorder;
  const limiter = deps.limiter ?? createRateLimiter();
  const log = deps.logger.child({ module: 'ask-flow' });
  const pending = new Set<Promise<unknown>>();
  let accepting = true;

  function reportError(platform: string, error: unknown, context: Record<string, unknown> = {}): void {
    telemetry.error(platform);
    log.error({ err: error, platform, ...context }, 'error while handling a question');
  }

  const questionFields = (text: string): Record<string, unknown> =>
    deps.logQuestions ? { question: text } : { questionLength: text.length, questionHash: hashQuestion(text) };

  async function ask(request: AskRequest): Promise<AskResult> {
    const { platform, userId, text } = request;
    if (!accepting) return { type: 'unavailable', message: messages.unavailable };
    if (text.length > MAX_QUESTION_CHARS) {
      log.info({ platform, questionLength: text.length, ...request.context }, 'question over the length limit');
      return { type: 'too_long', message: messages.tooLong(MAX_QUESTION_CHARS) };
    }
    const decision = limiter.check(`${platform}:${userId}`);
    if (!decision.allowed) {
      const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      log.info({ platform, user: userId, retryAfterSeconds: seconds, ...request.context }, 'rate limited');
      return { type: 'rate_limited', message: messages.rateLimited(seconds), retryAfterMs: decision.retryAfterMs };
    }
    // Answering is CPU work: let pending I/O run first (other requests' acks, heartbeats), so a busy
    // bot acknowledges on time and answers right after.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const started = performance.now();
    try {
      const answer = deps.guide.ask({ text, history: request.history ?? [] });
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      const sourceIds = answer.sources.map((s) => s.id);
      telemetry.answer({ platform, kind: answer.kind, answered: answer.answered, latencyMs, sourceIds });
      const question = questionFields(text);
      log.info(
        { platform, kind: answer.kind, answered: answer.answered, latencyMs, sources: sourceIds, channelKind: request.channelKind, ...question, ...request.context },
        'answer',
      );
      if (!request.again) {
        recorder.answered({ platform, ...(request.channelKind ? { channelKind: request.channelKind } : {}), question: text, answered: answer.answered, kind: answer.kind, sources: sourceIds });
      }
      return { type: 'answer', answer };
    } catch (error) {
      reportError(platform, error, request.context);
      return { type: 'error', message: messages.error };
    }
  }

  return {
    ask,
    vote: (outcome) => recorder.voted(outcome),
    reportError,
    questionFields,
    track(work) {
      pending.add(work);
      const done = () => pending.delete(work);
      work.then(done, done);
      return work;
    },
    stopAccepting() {
      accepting = false;
    },
    async drain(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0 && Date.now() < deadline) {
        let timer: NodeJS.Timeout | undefined;
        const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - Date.now())));
        await Promise.race([Promise.allSettled([...pending]), wait]);
        clearTimeout(timer);
      }
    },
    inFlight: () => pending.size,
  };
}
