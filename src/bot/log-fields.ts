import { createHash } from 'node:crypto';

/** A short, stable fingerprint of a question: what logs show instead of its text. */
export function hashQuestion(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** How a question may appear in a log line: its text with LOG_QUESTIONS, else its length and a hash. */
export function questionFields(text: string, logQuestions: boolean): Record<string, unknown> {
  return logQuestions ? { question: text } : { questionLength: text.length, questionHash: hashQuestion(text) };
}
