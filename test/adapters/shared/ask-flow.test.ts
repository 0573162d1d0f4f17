import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createAskFlow, hashQuestion, MAX_QUESTION_CHARS, messages } from '../../../src/adapters/shared/ask-flow.js';
import type { Guide } from '../../../src/core/types.js';

const guide: Guide = {
  info: { documents: 0, passages: 0, models: 0, loadedAt: new Date(0), hash: 'x' },
  ask: (q) => ({ question: q.text, kind: 'definition', answered: true, text: `echo: ${q.text}`, sources: [], suggestions: [] }),
};
const logger = pino({ level: 'silent' });

describe('the ask flow', () => {
  it('shows question text in logs only when LOG_QUESTIONS is on', () => {
    expect(createAskFlow({ guide, logger }).questionFields('secret plans')).toEqual({ questionLength: 12, questionHash: hashQuestion('secret plans') });
    expect(createAskFlow({ guide, logger, logQuestions: true }).questionFields('secret plans')).toEqual({ question: 'secret plans' });
  });

  it('refuses a question over the length limit without asking the core', async () => {
    let asked = 0;
    const flow = createAskFlow({ guide: { ...guide, ask: (q) => (asked++, guide.ask(q)) }, logger });
    expect(await flow.ask({ platform: 't', userId: 'u', text: 'x'.repeat(MAX_QUESTION_CHARS + 1) })).toEqual({ type: 'too_long', message: messages.tooLong(MAX_QUESTION_CHARS) });
    expect(asked).toBe(0);
  });

  it('turns a core failure into an apology instead of throwing', async () => {
    const flow = createAskFlow({ guide: { ...guide, ask: () => { throw new Error('boom'); } }, logger });
    expect(await flow.ask({ platform: 't', userId: 'u', text: 'hi' })).toEqual({ type: 'error', message: messages.error });
  });
});
