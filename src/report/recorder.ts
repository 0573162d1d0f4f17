/**
 * The recorder: where answers and votes are reported as they happen (the front door's telemetry and
 * outcome hook, see app/report.ts). It counts every answer on its day (for the answered rate), keeps
 * each unanswered question and each 👎 with where it happened,
 * and never slows or breaks answering: writes run in the background, a failing store is logged
 * (at most once a minute) and otherwise ignored.
 */
import type { Logger } from 'pino';
import { questionKey } from './question-key.js';
import { dayOf, type ChannelKind, type ReportEvent, type ReportStore } from './types.js';

/** Any answer the core gave: counted on its day, for the answered rate. */
export interface CountedAnswer {
  answered: boolean;
  kind: string;
  at?: number;
}

/** A question answered "I don't know". */
export interface UnansweredOutcome {
  platform: string;
  channelKind?: ChannelKind;
  question: string;
  kind: string;
  /** Source ids (passage ids) the answer cited, if any. */
  sources: readonly string[];
  at?: number;
}

export interface VoteOutcome {
  platform: string;
  channelKind?: ChannelKind;
  vote: 'up' | 'down';
  /** The question the answer was for, when still known. */
  question?: string;
  /** Without the question: the hash its button carries, so votes on one answer still group. */
  questionHash?: string;
  kind?: string;
  sources: readonly string[];
  /** The answer as the person saw it, when still known. */
  answer?: string;
  at?: number;
}

export interface Recorder {
  /** Every answer the core gave (greetings and help aside), for the answered rate per day. */
  counted(answer: CountedAnswer): void;
  /** A question answered "I don't know": kept with where it was asked. */
  unanswered(outcome: UnansweredOutcome): void;
  /** A vote on an answer: a 👎 is kept with the answer. */
  voted(outcome: VoteOutcome): void;
  /** Resolves once every write started so far is done. */
  flush(): Promise<void>;
}

export const noRecorder: Recorder = { counted: () => {}, unanswered: () => {}, voted: () => {}, flush: async () => {} };

export interface RecorderOptions {
  store: ReportStore;
  logger: Logger;
  /** RECORD_QUESTIONS: keep question text (default true); false keeps only its hash. */
  recordQuestions: boolean;
  now?: () => number;
}

/** The longest answer kept with a 👎: enough to recognise it. */
const MAX_ANSWER_CHARS = 1500;

export function createRecorder(options: RecorderOptions): Recorder {
  const { store, recordQuestions } = options;
  const now = options.now ?? Date.now;
  const log = options.logger.child({ module: 'report' });
  const pending = new Set<Promise<void>>();
  let lastWarning = -Infinity;

  const run = (what: string, work: () => Promise<void>) => {
    const job = work().catch((error: unknown) => {
      if (now() - lastWarning < 60_000) return;
      lastWarning = now();
      log.warn({ err: error, store: store.location }, `could not record ${what} for the owners' report`);
    });
    pending.add(job);
    void job.finally(() => pending.delete(job));
  };
  const question = (text: string | undefined) => (recordQuestions && text ? { question: text } : {});

  return {
    counted(answer) {
      // A greeting or a request for help is not a question about the knowledge.
      if (answer.kind === 'greeting' || answer.kind === 'help') return;
      const at = answer.at ?? now();
      run('an answer', () => store.count(dayOf(at), answer.answered));
    },
    unanswered(outcome) {
      const event: ReportEvent = {
        type: 'unanswered',
        at: outcome.at ?? now(),
        platform: outcome.platform,
        channelKind: outcome.channelKind ?? 'unknown',
        ...question(outcome.question),
        questionKey: questionKey(outcome.question),
        kind: outcome.kind,
        sources: [...outcome.sources],
      };
      run('an unanswered question', () => store.append(event));
    },
    voted(outcome) {
      if (outcome.vote !== 'down') return;
      const at = outcome.at ?? now();
      const key = outcome.question ? questionKey(outcome.question) : `h:${outcome.questionHash ?? 'unknown'}`;
      const event: ReportEvent = {
        type: 'down',
        at,
        platform: outcome.platform,
        channelKind: outcome.channelKind ?? 'unknown',
        ...question(outcome.question),
        questionKey: key,
        ...(outcome.kind ? { kind: outcome.kind } : {}),
        sources: [...outcome.sources],
        ...(outcome.answer ? { answer: outcome.answer.slice(0, MAX_ANSWER_CHARS) } : {}),
      };
      run('a vote', () => store.append(event));
    },
    async flush() {
      await Promise.all([...pending]);
    },
  };
}
