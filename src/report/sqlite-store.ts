/**
 * The report in an embedded SQLite database (better-sqlite3 12: version 13 needs Node 22), one file
 * under DATA_DIR: what a single bot, or several on one machine, keep across restarts when there is no
 * Redis. WAL mode lets `model-guide report` read while the bot writes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { parseEvent } from './event-schema.js';
import { dayOf, REPORT_RETENTION_MS, type DayCount, type ReportEvent, type ReportStore } from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_at ON events (at);
CREATE TABLE IF NOT EXISTS days (day TEXT PRIMARY KEY, answered INTEGER NOT NULL DEFAULT 0, unanswered INTEGER NOT NULL DEFAULT 0);
`;

export interface SqliteReportOptions {
  /** Open an existing file for reading only (`model-guide report`): never creates one. */
  readonly?: boolean;
  /** How it is named to people (default the path). */
  shownAs?: string;
  now?: () => number;
}

export function openSqliteReport(file: string, options: SqliteReportOptions = {}): ReportStore {
  const now = options.now ?? Date.now;
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, options.readonly ? { readonly: true, fileMustExist: true } : {});
  db.pragma('busy_timeout = 2000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
  }
  const insert = options.readonly ? undefined : db.prepare('INSERT INTO events (at, record) VALUES (?, ?)');
  const bump = options.readonly
    ? undefined
    : db.prepare(
        `INSERT INTO days (day, answered, unanswered) VALUES (@day, @answered, @unanswered)
         ON CONFLICT (day) DO UPDATE SET answered = answered + @answered, unanswered = unanswered + @unanswered`,
      );
  const selectEvents = db.prepare('SELECT record FROM events WHERE at >= ? ORDER BY at, id');
  const selectDays = db.prepare('SELECT day, answered, unanswered FROM days WHERE day >= ? ORDER BY day');

  let appended = 0;
  const prune = () => {
    const cutoff = now() - REPORT_RETENTION_MS;
    db.prepare('DELETE FROM events WHERE at < ?').run(cutoff);
    db.prepare('DELETE FROM days WHERE day < ?').run(dayOf(cutoff));
  };
  if (!options.readonly) prune();

  return {
    location: options.shownAs ?? file,
    async append(event: ReportEvent) {
      insert!.run(event.at, JSON.stringify(event));
      if (++appended % 1000 === 0) prune();
    },
    async count(day: string, answered: boolean) {
      bump!.run({ day, answered: answered ? 1 : 0, unanswered: answered ? 0 : 1 });
    },
    async read(sinceMs: number) {
      const events = (selectEvents.all(sinceMs) as Array<{ record: string }>).flatMap((row) => {
        const event = parseEvent(row.record);
        return event ? [event] : [];
      });
      const days = selectDays.all(dayOf(sinceMs)) as DayCount[];
      return { events, days: days.map((d) => ({ day: d.day, answered: d.answered, unanswered: d.unanswered })) };
    },
    async close() {
      db.close();
    },
  };
}
