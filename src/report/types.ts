/**
 * The owners' report: what the bot could not answer and which answers people voted 👎, kept so the
 * people who own the knowledge know what to write next. Shapes shared by the recorder, the stores,
 * the summary, `model-guide report` and `/admin`. Nothing here imports a platform SDK or the app.
 */

/** Where a question was asked: a direct message, a channel, a thread, a slash command, the local chat. */
export const CHANNEL_KINDS = ['dm', 'channel', 'thread', 'command', 'local'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** One recorded outcome: a question answered "I don't know", or an answer voted 👎. */
export interface ReportEvent {
  type: 'unanswered' | 'down';
  /** ms since the epoch. */
  at: number;
  platform: string;
  channelKind: ChannelKind | 'unknown';
  /** The question as asked; absent with RECORD_QUESTIONS=false. */
  question?: string;
  /** A hash of the question's normalised words: the same for the same question worded alike. */
  questionKey: string;
  /** The core's answer kind (no_answer, definition, comparison…), when known. */
  kind?: string;
  /** The answer's sources (passage ids: `path#n`), as the answer cited them. */
  sources: string[];
  /** 👎 only: the answer as the person saw it, when still known. */
  answer?: string;
}

/** Questions asked on one day (UTC), and how many of them were answered. */
export interface DayCount {
  /** YYYY-MM-DD, UTC. */
  day: string;
  answered: number;
  unanswered: number;
}

/** Where the report is kept: an SQLite file under DATA_DIR, or the shared state store (Redis). */
export interface ReportStore {
  /** For people: "data/report.sqlite", "Redis (state store)". */
  readonly location: string;
  append(event: ReportEvent): Promise<void>;
  /** Counts one answer (answered or not) on its day. */
  count(day: string, answered: boolean): Promise<void>;
  /** Events at or after `sinceMs`, oldest first, and the day counts from that day on. */
  read(sinceMs: number): Promise<{ events: ReportEvent[]; days: DayCount[] }>;
  close(): Promise<void>;
}

/** How long the report keeps what it records: 30 days (Redis counters live that long too). */
export const REPORT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** The UTC day of a time: "2025-03-14". */
export function dayOf(atMs: number): string {
  return new Date(atMs).toISOString().slice(0, 10);
}
