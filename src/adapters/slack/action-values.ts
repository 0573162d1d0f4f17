/**
 * What the answer's buttons carry in their `value` (Slack caps it at 2,000 characters): the question to
 * ask, the conversation it continues, where to answer, and the answer's id in the front door's memory.
 */
import { z } from 'zod';
import { truncatePlain } from './split.js';

/** Slack's limit for a button value. */
export const BUTTON_VALUE_MAX = 2000;
/**
 * How much of a question each button carries; longer ones are cut, since values count toward the
 * message size. Suggestions are the core's short questions; a share only needs its question when the
 * cached answer is gone; feedback questions only go to the logs.
 */
const QUESTION_MAX = { suggestion: 300, share: 500, feedback: 200 } as const;

/**
 * Where an answer to a follow-up goes: posted into a channel (in a thread when `threadTs` is set),
 * or sent through the clicked message's response_url (slash-command answers).
 */
export type Destination = { kind: 'post'; channel: string; threadTs?: string } | { kind: 'respond' };

/** A conversation (key into the conversation store) and where its answers go. */
export interface FollowUp {
  key: string;
  to: Destination;
}

const followUpShape = {
  k: z.string().min(1).max(200),
  c: z.string().max(40).optional(),
  t: z.string().max(40).optional(),
};
const suggestionSchema = z.object({ ...followUpShape, q: z.string().min(1).max(QUESTION_MAX.suggestion) });
const shareSchema = z.object({ ...followUpShape, q: z.string().min(1).max(QUESTION_MAX.share), a: z.string().max(40) });
const feedbackSchema = z.object({
  // The answer's id; absent on buttons from before answers had ids.
  a: z.string().max(40).optional(),
  q: z.string().max(QUESTION_MAX.feedback),
  h: z.string().max(20),
  kind: z.string().max(30),
  s: z.array(z.string().max(80)).max(10),
});

export type FeedbackValue = z.infer<typeof feedbackSchema>;

function packFollowUp({ key, to }: FollowUp) {
  return to.kind === 'post' ? { k: key, c: to.channel, t: to.threadTs } : { k: key };
}

function unpackFollowUp(v: { k: string; c?: string | undefined; t?: string | undefined }): FollowUp {
  const to: Destination = v.c ? { kind: 'post', channel: v.c, ...(v.t ? { threadTs: v.t } : {}) } : { kind: 'respond' };
  return { key: v.k, to };
}

/** Encodes `build(question)`, shortening the question until the JSON fits a button value (quotes expand when escaped). */
function fit(question: string, max: number, build: (q: string) => object): string {
  let q = truncatePlain(question, max);
  let value = JSON.stringify(build(q));
  while (value.length > BUTTON_VALUE_MAX && q.length > 1) {
    q = truncatePlain(q, Math.floor(q.length * 0.75));
    value = JSON.stringify(build(q));
  }
  return value;
}

function parse<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (!value) return undefined;
  try {
    const result = schema.safeParse(JSON.parse(value));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

export function encodeSuggestion(question: string, followUp: FollowUp): string {
  return fit(question, QUESTION_MAX.suggestion, (q) => ({ q, ...packFollowUp(followUp) }));
}

/** The question a suggestion button asks and the conversation it continues; undefined for a malformed value. */
export function decodeSuggestion(value: string | undefined): { question: string; followUp: FollowUp } | undefined {
  const v = parse(suggestionSchema, value);
  return v && { question: v.q, followUp: unpackFollowUp(v) };
}

export function encodeShare(question: string, answerId: string, followUp: FollowUp): string {
  return fit(question, QUESTION_MAX.share, (q) => ({ q, a: answerId, ...packFollowUp(followUp) }));
}

export function decodeShare(
  value: string | undefined,
): { question: string; answerId: string; followUp: FollowUp } | undefined {
  const v = parse(shareSchema, value);
  return v && { question: v.q, answerId: v.a, followUp: unpackFollowUp(v) };
}

export function encodeFeedback(feedback: { answerId: string; question: string; questionHash: string; kind: string; sourceIds: string[] }): string {
  const value: FeedbackValue = {
    a: feedback.answerId,
    q: truncatePlain(feedback.question, QUESTION_MAX.feedback),
    h: feedback.questionHash,
    kind: feedback.kind,
    s: feedback.sourceIds.slice(0, 10).map((id) => truncatePlain(id, 80)),
  };
  return JSON.stringify(value);
}

export function decodeFeedback(value: string | undefined): FeedbackValue | undefined {
  return parse(feedbackSchema, value);
}
