/**
 * Recent slash-command answers, so "Share in channel" posts exactly what the person saw without asking
 * the core again. Bounded; a miss (restart, another instance) falls back to asking again.
 */
import { randomUUID } from 'node:crypto';
import type { Answer } from '../../core/types.js';

/** Defaults: 30 minutes (a response_url's lifetime), at most 1 000 answers. */
export const DEFAULT_ANSWER_CACHE = { ttlMs: 30 * 60_000, maxAnswers: 1000 } as const;

export interface AnswerCache {
  /** Stores an answer and returns its short id. */
  put(answer: Answer, now?: number): string;
  get(id: string, now?: number): Answer | undefined;
}

export function createAnswerCache(config = DEFAULT_ANSWER_CACHE): AnswerCache {
  const answers = new Map<string, { answer: Answer; at: number }>();
  return {
    put(answer, now = Date.now()) {
      const id = randomUUID().slice(0, 13);
      answers.set(id, { answer, at: now });
      for (const [old, entry] of answers) {
        if (answers.size <= config.maxAnswers && now - entry.at < config.ttlMs) break;
        answers.delete(old);
      }
      return id;
    },
    get(id, now = Date.now()) {
      const entry = answers.get(id);
      return entry && now - entry.at < config.ttlMs ? entry.answer : undefined;
    },
  };
}
