/** One turn, the same on every platform: help, limits, context, the core, remembering the turn. */
import { MAX_RECORD_TEXT } from './answers.js';
import { isHelpRequest } from './help.js';
import { MAX_QUESTION_CHARS, messages } from './messages.js';
import type { Parts } from './parts.js';
import type { Turn, TurnResult } from './types.js';

/** Answers that carry no context of their own: a greeting or the core's help is not a turn to follow up on. */
const CHAT_KINDS = new Set(['greeting', 'help']);

export function createAsk(parts: Parts): (platform: string, turn: Turn) => Promise<TurnResult> {
  const { log } = parts;

  async function answer(platform: string, turn: Turn): Promise<TurnResult> {
    const { userId, text } = turn;
    const context = turn.context ?? {};
    if (!parts.accepting(platform)) return { type: 'unavailable', message: messages.unavailable };
    if (isHelpRequest(text)) return { type: 'help' };
    if (text.length > MAX_QUESTION_CHARS) {
      log.info({ platform, questionLength: text.length, ...context }, 'question over the length limit');
      return { type: 'too_long', message: messages.tooLong(MAX_QUESTION_CHARS) };
    }
    const decision = await parts.limiter.check(platform, userId);
    if (!decision.allowed) {
      const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
      log.info({ platform, user: userId, retryAfterSeconds: seconds, ...context }, 'rate limited');
      return { type: 'rate_limited', message: messages.rateLimited(seconds), retryAfterMs: decision.retryAfterMs };
    }
    const conversation = await parts.conversations.resolve(platform, turn.conversation);
    const history = await parts.conversations.history(platform, conversation);
    // Asked again: the history now ends with the question itself, which was answered without it.
    if (turn.again && history.at(-1) === text) history.pop();
    // Answering is CPU work: let pending I/O run first (other requests' acks, heartbeats), so a busy
    // bot acknowledges on time and answers right after.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const started = performance.now();
    const result = parts.guide.ask({ text, history });
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    const sourceIds = result.sources.map((s) => s.id);
    parts.telemetry.answer({ platform, kind: result.kind, answered: result.answered, latencyMs, sourceIds });
    log.info(
      { platform, kind: result.kind, answered: result.answered, latencyMs, sources: sourceIds, historyLength: history.length, ...parts.questionFields(text), ...context },
      'answer',
    );
    if (!turn.again && !CHAT_KINDS.has(result.kind)) await parts.conversations.append(platform, conversation, text);
    const record = {
      platform,
      question: text,
      kind: result.kind,
      answered: result.answered,
      sources: sourceIds,
      suggestions: result.suggestions,
      conversation,
      at: Date.now(),
      text: result.text.slice(0, MAX_RECORD_TEXT),
    };
    const answerId = await parts.answers.save(record, turn.keep ? result : undefined);
    if (!result.answered) {
      parts.report({ type: 'unanswered', platform, userId, question: text, kind: result.kind, sources: sourceIds, answerId, conversation, at: record.at, context });
    }
    return { type: 'answer', answer: result, answerId };
  }

  return async (platform, turn) => {
    try {
      return await answer(platform, turn);
    } catch (error) {
      parts.reportError(platform, error, turn.context);
      return { type: 'error', message: messages.error };
    }
  };
}
