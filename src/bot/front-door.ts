/**
 * The front door: every adapter hands it a platform-neutral turn, and it owns what is the same on
 * every platform: help requests, the length and rate limits, conversation history, asking the core,
 * remembering the answer for its buttons, feedback, de-duplicated deliveries, work in flight for
 * shutdown, and the one place that catches, logs with context and apologises. Its state lives in
 * the state store, so replicas sharing Redis share it.
 */
import type { Logger } from 'pino';
import type { Guide } from '../core/types.js';
import type { StateStore } from '../state/store.js';
import { createAnswerMemory, DEFAULT_ANSWER_MEMORY } from './answers.js';
import { createAsk } from './ask.js';
import { createConversations, DEFAULT_CONVERSATIONS, type ConversationConfig } from './conversations.js';
import { createVote } from './feedback.js';
import { createInFlight } from './in-flight.js';
import { questionFields } from './log-fields.js';
import { messages } from './messages.js';
import type { OutcomeHook } from './outcomes.js';
import type { Parts } from './parts.js';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitConfig } from './rate-limit.js';
import { noTelemetry, type Telemetry } from './telemetry.js';
import type { FrontDoor, PlatformDoor } from './types.js';

/** A delivery's claim while it is handled, and how long it is remembered as done (Slack retries for ~5 min). */
export const DEFAULT_DELIVERIES = { claimMs: 45_000, doneMs: 15 * 60_000 } as const;

export interface FrontDoorDeps {
  guide: Guide;
  store: StateStore;
  logger: Logger;
  telemetry?: Telemetry;
  /** Default DEFAULT_RATE_LIMIT. */
  rateLimit?: RateLimitConfig;
  /** Log question text (default false: only its length and a hash). */
  logQuestions?: boolean;
  /** Told about every unanswered question and every vote (the owners' report). */
  onOutcome?: OutcomeHook;
  /** Default DEFAULT_CONVERSATIONS. */
  conversations?: ConversationConfig;
}

export function createFrontDoor(deps: FrontDoorDeps): FrontDoor {
  const log = deps.logger.child({ module: 'front-door' });
  const telemetry = deps.telemetry ?? noTelemetry;
  const inFlight = createInFlight();
  const stopped = new Set<string>();
  let accepting = true;

  const parts: Parts = {
    guide: deps.guide,
    store: deps.store,
    log,
    telemetry,
    inFlight,
    limiter: createRateLimiter(deps.store, deps.rateLimit ?? DEFAULT_RATE_LIMIT),
    conversations: createConversations(deps.store, deps.conversations ?? DEFAULT_CONVERSATIONS),
    answers: createAnswerMemory(deps.store, DEFAULT_ANSWER_MEMORY),
    questionFields: (text) => questionFields(text, deps.logQuestions ?? false),
    accepting: (platform) => accepting && !stopped.has(platform),
    reportError(platform, error, context = {}) {
      telemetry.error(platform);
      log.error({ err: error, platform, ...context }, 'error while handling a question');
    },
    report(outcome) {
      const hook = deps.onOutcome;
      if (!hook) return;
      const work = Promise.resolve()
        .then(() => hook(outcome))
        .catch((error: unknown) => log.warn({ err: error, platform: outcome.platform, outcome: outcome.type }, 'the outcome hook failed'));
      void inFlight.track(outcome.platform, work);
    },
  };
  const ask = createAsk(parts);
  const vote = createVote(parts);

  function forPlatform(platform: string): PlatformDoor {
    const deliveryKey = (id: string) => `delivery:${platform}:${id}`;
    return {
      platform,
      ask: (turn) => ask(platform, turn),
      vote: (input) => vote(platform, input),
      handle(context, work, apologize) {
        const job = (async () => {
          try {
            await work();
          } catch (error) {
            parts.reportError(platform, error, context);
            try {
              await apologize(messages.error);
            } catch (apologyError) {
              log.warn({ err: apologyError, platform, ...context }, 'could not send the apology');
            }
          }
        })();
        return inFlight.track(platform, job);
      },
      async once(deliveryId, work) {
        if (!(await deps.store.claim(deliveryKey(deliveryId), DEFAULT_DELIVERIES.claimMs))) return false;
        try {
          await work();
        } finally {
          await deps.store.set(deliveryKey(deliveryId), 'done', DEFAULT_DELIVERIES.doneMs);
        }
        return true;
      },
      link: (alias, conversation) => parts.conversations.link(platform, alias, conversation),
      conversationOf: (alias) => parts.conversations.linked(platform, alias),
      record: (answerId) => parts.answers.record(answerId),
      kept: (answerId) => parts.answers.kept(answerId),
      reportError: (error, context) => parts.reportError(platform, error, context),
      stopAccepting: () => void stopped.add(platform),
      startAccepting: () => void stopped.delete(platform),
      drain: (timeoutMs) => inFlight.drain(timeoutMs, platform),
      inFlight: () => inFlight.count(platform),
    };
  }

  return {
    forPlatform,
    stopAccepting() {
      accepting = false;
    },
    drain: (timeoutMs) => inFlight.drain(timeoutMs),
    inFlight: () => inFlight.count(),
    questionFields: parts.questionFields,
  };
}
