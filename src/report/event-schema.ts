/** Reads a stored report record back, checking its shape: a record from another version or a damaged one is skipped. */
import { z } from 'zod';
import { CHANNEL_KINDS, type ReportEvent } from './types.js';

const eventSchema = z.object({
  type: z.enum(['unanswered', 'down']),
  at: z.number(),
  platform: z.string(),
  channelKind: z.enum([...CHANNEL_KINDS, 'unknown']).catch('unknown'),
  question: z.string().optional(),
  questionKey: z.string(),
  kind: z.string().optional(),
  sources: z.array(z.string()).catch([]),
  answer: z.string().optional(),
});

export function parseEvent(text: string): ReportEvent | undefined {
  try {
    const parsed = eventSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const { question, kind, answer, ...rest } = parsed.data;
    return { ...rest, ...(question !== undefined ? { question } : {}), ...(kind !== undefined ? { kind } : {}), ...(answer !== undefined ? { answer } : {}) };
  } catch {
    return undefined;
  }
}
