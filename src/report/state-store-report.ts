/**
 * The report in the shared state store (Redis when REDIS_URL is set): replicas write to one log and
 * one counter per day, and `model-guide report` reads them from any machine that reaches Redis.
 */
import type { StateStore } from '../state/store.js';
import { parseEvent } from './event-schema.js';
import { dayOf, REPORT_RETENTION_MS, type DayCount, type ReportStore } from './types.js';

export const REPORT_LOG_KEY = 'report:events';
export const dayKey = (day: string) => `report:day:${day}`;

const DAY_MS = 24 * 60 * 60 * 1000;

export function createStateStoreReport(store: StateStore, options: { shownAs?: string; now?: () => number } = {}): ReportStore {
  const now = options.now ?? Date.now;
  return {
    location: options.shownAs ?? `the ${store.backend} state store`,
    async append(event) {
      await store.appendLog(REPORT_LOG_KEY, JSON.stringify(event), event.at, REPORT_RETENTION_MS);
    },
    async count(day, answered) {
      await store.incrementField(dayKey(day), answered ? 'answered' : 'unanswered');
    },
    async read(sinceMs) {
      const records = await store.readLog(REPORT_LOG_KEY, sinceMs);
      const events = records.flatMap((record) => {
        const event = parseEvent(record);
        return event ? [event] : [];
      });
      const days: DayCount[] = [];
      const last = dayOf(now());
      for (let t = Math.max(sinceMs, now() - REPORT_RETENTION_MS); dayOf(t) <= last; t += DAY_MS) {
        const fields = await store.fields(dayKey(dayOf(t)));
        if (fields.answered || fields.unanswered) days.push({ day: dayOf(t), answered: fields.answered ?? 0, unanswered: fields.unanswered ?? 0 });
      }
      return { events, days };
    },
    async close() {},
  };
}
