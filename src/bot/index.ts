/** The front door every adapter calls: one turn in, one result out, the same rules on every platform. */
export { createFrontDoor, DEFAULT_DELIVERIES, type FrontDoorDeps } from './front-door.js';
export { isHelpRequest } from './help.js';
export { hashQuestion } from './log-fields.js';
export { MAX_QUESTION_CHARS, messages } from './messages.js';
export { DEFAULT_CONVERSATIONS, type ConversationConfig } from './conversations.js';
export { DEFAULT_RATE_LIMIT, type RateLimitConfig } from './rate-limit.js';
export { noTelemetry, type AnswerEvent, type Telemetry } from './telemetry.js';
export type { Outcome, OutcomeHook } from './outcomes.js';
export type * from './types.js';
