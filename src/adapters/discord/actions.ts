import { randomBytes } from 'node:crypto';
import type { AnswerKind } from '../../core/types.js';

/** Answers whose buttons still work; the oldest are forgotten first (default 5 000). */
export const DEFAULT_ACTION_CAPACITY = 5000;

/** What a button needs to know about the answer it sits under. */
export interface AnswerRecord {
  question: string;
  /** The answer's text, so a 👎 can record what it said. */
  text: string;
  kind: AnswerKind;
  /** Source ids, as the ask flow logs them. */
  sources: string[];
  suggestions: string[];
  /** Conversation key, so a suggestion continues the same conversation. */
  conversation: string;
}

export type ButtonAction =
  | { type: 'suggestion'; answerId: string; index: number }
  | { type: 'feedback'; answerId: string; vote: 'up' | 'down' };

/** Bounded memory from a short id (inside each custom_id) to the answer behind the buttons. */
export interface ActionStore {
  save(record: AnswerRecord): string;
  get(answerId: string): AnswerRecord | undefined;
}

const PREFIX = 'mg';

/** custom_id of the button for suggestion `index` (always far below Discord's 100 chars). */
export function suggestionCustomId(answerId: string, index: number): string {
  return `${PREFIX}:s:${answerId}:${index}`;
}

export function feedbackCustomId(answerId: string, vote: 'up' | 'down'): string {
  return `${PREFIX}:f:${answerId}:${vote}`;
}

/** Reads one of our custom_ids; anything else (another bot's, a malformed one) is null. */
export function parseCustomId(customId: string): ButtonAction | null {
  const [prefix, type, answerId, arg] = customId.split(':');
  if (prefix !== PREFIX || !answerId || arg === undefined) return null;
  if (type === 's' && /^\d$/.test(arg)) return { type: 'suggestion', answerId, index: Number(arg) };
  if (type === 'f' && (arg === 'up' || arg === 'down')) return { type: 'feedback', answerId, vote: arg };
  return null;
}

export function createActionStore(capacity: number = DEFAULT_ACTION_CAPACITY): ActionStore {
  const records = new Map<string, AnswerRecord>();
  return {
    save(record) {
      // Random rather than a counter: buttons from before a restart must not hit a new answer.
      const answerId = randomBytes(6).toString('base64url');
      records.set(answerId, record);
      while (records.size > capacity) records.delete(records.keys().next().value as string);
      return answerId;
    },
    get: (answerId) => records.get(answerId),
  };
}
