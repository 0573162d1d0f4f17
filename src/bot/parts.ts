/** What the front door's pieces share: built once by createFrontDoor, never seen by adapters. */
import type { Logger } from 'pino';
import type { Guide } from '../core/types.js';
import type { StateStore } from '../state/store.js';
import type { AnswerMemory } from './answers.js';
import type { Conversations } from './conversations.js';
import type { InFlight } from './in-flight.js';
import type { Outcome } from './outcomes.js';
import type { RateLimiter } from './rate-limit.js';
import type { Telemetry } from './telemetry.js';
import type { EventContext } from './types.js';

export interface Parts {
  guide: Guide;
  store: StateStore;
  log: Logger;
  telemetry: Telemetry;
  limiter: RateLimiter;
  conversations: Conversations;
  answers: AnswerMemory;
  inFlight: InFlight;
  questionFields(text: string): Record<string, unknown>;
  /** Hands an outcome to the hook, after the fact and tracked for shutdown; never throws. */
  report(outcome: Outcome): void;
  reportError(platform: string, error: unknown, context?: EventContext): void;
  /** False once shutdown began, or for a platform whose adapter is stopping. */
  accepting(platform: string): boolean;
}
