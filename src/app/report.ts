/**
 * The owners' report as the running app keeps it: the store (SQLite under DATA_DIR, or the shared
 * state store) and the recorder the ask flow reports to. A store that cannot be opened is logged
 * with the fix; the bot then answers as usual and records nothing.
 */
import type { Logger } from 'pino';
import type { OutcomeHook, Telemetry } from '../bot/index.js';
import { openReportStore } from '../report/open.js';
import { createRecorder, noRecorder, type Recorder } from '../report/recorder.js';
import { CHANNEL_KINDS, type ChannelKind, type ReportStore } from '../report/types.js';
import type { StateStore } from '../state/store.js';
import { displayPath, type AppConfig } from './config/index.js';
import { errorMessage } from './errors.js';

export interface AppReport {
  recorder: Recorder;
  /** Absent when nothing is kept (no DATA_DIR in a hand-built config, or the store failed to open). */
  store?: ReportStore;
  /** Why nothing is kept, for /admin. */
  problem?: string;
  recordQuestions: boolean;
  /** Finishes pending writes and closes the store. */
  close(): Promise<void>;
}

export async function startReport(config: AppConfig, logger: Logger, options: { cwd?: string; stateStore?: StateStore } = {}): Promise<AppReport> {
  const log = logger.child({ module: 'report' });
  const recordQuestions = config.recordQuestions ?? true;
  const off = (problem: string): AppReport => ({ recorder: noRecorder, problem, recordQuestions, close: async () => {} });
  if (!config.dataDir) return off('no DATA_DIR is configured, so nothing is kept');
  const cwd = options.cwd ?? process.cwd();
  let store: ReportStore;
  try {
    store = await openReportStore({ dataDir: config.dataDir, shownFrom: (path) => displayPath(path, cwd), ...(options.stateStore ? { stateStore: options.stateStore } : {}) });
  } catch (error) {
    const problem = `${errorMessage(error)}. Set DATA_DIR to a writable folder; until then unanswered questions and 👎 votes are not recorded.`;
    log.error({ err: error }, problem);
    return off(problem);
  }
  const recorder = createRecorder({ store, logger, recordQuestions });
  log.info({ store: store.location, recordQuestions }, "the owners' report is kept");
  return {
    recorder,
    store,
    recordQuestions,
    async close() {
      await recorder.flush();
      await store.close().catch((error: unknown) => log.warn({ err: error }, 'could not close the report store'));
    },
  };
}

/** Where it happened, as the adapter put it in the event's context. */
function channelKindIn(context: Record<string, unknown>): ChannelKind | undefined {
  const kind = context.channelKind;
  return typeof kind === 'string' && (CHANNEL_KINDS as readonly string[]).includes(kind) ? (kind as ChannelKind) : undefined;
}

/** The front door's outcome hook for the report: each unanswered question, and each vote with the answer voted on. */
export function reportOutcomes(recorder: Recorder): OutcomeHook {
  return (outcome) => {
    const channelKind = channelKindIn(outcome.context);
    const where = { platform: outcome.platform, at: outcome.at, ...(channelKind ? { channelKind } : {}) };
    if (outcome.type === 'unanswered') {
      recorder.unanswered({ ...where, question: outcome.question, kind: outcome.kind, sources: outcome.sources });
      return;
    }
    const { record } = outcome;
    recorder.voted({
      ...where,
      vote: outcome.vote,
      ...(outcome.question ? { question: outcome.question } : {}),
      ...(record ? { kind: record.kind, ...(record.text ? { answer: record.text } : {}) } : {}),
      sources: record?.sources ?? [],
    });
  };
}

/** The front door's telemetry, also counting every answer for the report's answered rate per day. */
export function countingAnswers(telemetry: Telemetry, recorder: Recorder): Telemetry {
  return {
    ...telemetry,
    answer(event) {
      telemetry.answer(event);
      recorder.counted({ answered: event.answered, kind: event.kind });
    },
  };
}
