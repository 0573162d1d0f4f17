/**
 * What the front door remembers of each answer, so a button under it works on any replica: a small
 * record (question, kind, sources, suggestions, conversation, the start of its text) for a week, and for answers only the
 * asker saw, the whole answer for half an hour (a response_url's lifetime), for "Share in channel".
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Answer } from '../core/types.js';
import type { StateStore } from '../state/store.js';

/** Defaults: records for 7 days, whole answers for 30 minutes. */
export const DEFAULT_ANSWER_MEMORY = { recordTtlMs: 7 * 24 * 60 * 60 * 1000, keptTtlMs: 30 * 60 * 1000 } as const;

const recordSchema = z.object({
  platform: z.string(),
  question: z.string(),
  kind: z.string(),
  answered: z.boolean(),
  sources: z.array(z.string()),
  suggestions: z.array(z.string()),
  conversation: z.string(),
  at: z.number(),
  /** The answer's text (its first MAX_RECORD_TEXT characters): what a 👎 records for the owners' report. */
  text: z.string().optional(),
});

/** How much of an answer's text its record keeps. */
export const MAX_RECORD_TEXT = 1500;

/** What a button on an earlier answer knows about it. */
export type AnswerRecord = z.infer<typeof recordSchema> & { kind: Answer['kind'] };

/** Answer ids: short, URL-safe, random (a button from before a restart must not hit a new answer). */
const ANSWER_ID = /^[A-Za-z0-9_-]{1,40}$/;

export interface AnswerMemory {
  /** Stores the record (and, when given, the whole answer) and returns the answer's new id. */
  save(record: AnswerRecord, whole?: Answer): Promise<string>;
  record(answerId: string): Promise<AnswerRecord | undefined>;
  /** The whole answer, while it is kept. */
  kept(answerId: string): Promise<Answer | undefined>;
}

function parse<T>(text: string | undefined, check: (value: unknown) => T | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return check(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function createAnswerMemory(store: StateStore, config = DEFAULT_ANSWER_MEMORY): AnswerMemory {
  return {
    async save(record, whole) {
      const id = randomBytes(6).toString('base64url');
      await store.set(`answer:${id}`, JSON.stringify(record), config.recordTtlMs);
      if (whole) await store.set(`kept:${id}`, JSON.stringify(whole), config.keptTtlMs);
      return id;
    },
    async record(answerId) {
      if (!ANSWER_ID.test(answerId)) return undefined;
      const text = await store.get(`answer:${answerId}`);
      return parse(text, (v) => (recordSchema.safeParse(v).data as AnswerRecord | undefined));
    },
    async kept(answerId) {
      if (!ANSWER_ID.test(answerId)) return undefined;
      // Our own JSON, written just above: an Answer as the core made it.
      return parse(await store.get(`kept:${answerId}`), (v) => (typeof v === 'object' && v !== null ? (v as Answer) : undefined));
    },
  };
}
