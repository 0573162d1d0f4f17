/**
 * Where the report lives, decided in one place for the bot, `model-guide report` and `/admin`: in the
 * state store when it is shared (Redis), otherwise in `report.sqlite` under DATA_DIR.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StateStore } from '../state/store.js';
import { createStateStoreReport } from './state-store-report.js';
import type { ReportStore } from './types.js';

export interface ReportPlace {
  /** DATA_DIR (absolute). */
  dataDir: string;
  /** The app's state store: used when it is Redis, so every replica writes to one report. */
  stateStore?: StateStore;
  /** How paths are shown (relative to this folder when inside it). */
  shownFrom?: (path: string) => string;
}

export const REPORT_FILE = 'report.sqlite';

export function reportFile(dataDir: string): string {
  return join(dataDir, REPORT_FILE);
}

const empty = (location: string): ReportStore => ({
  location,
  append: async () => {},
  count: async () => {},
  read: async () => ({ events: [], days: [] }),
  close: async () => {},
});

/**
 * Opens the report for writing (the bot) or, with `readonly`, for reading (`model-guide report`),
 * which never creates a file: before the first question there is simply nothing recorded.
 * Throws with the file named when SQLite cannot open it.
 */
export async function openReportStore(place: ReportPlace, options: { readonly?: boolean } = {}): Promise<ReportStore> {
  if (place.stateStore?.backend === 'redis') return createStateStoreReport(place.stateStore, { shownAs: 'Redis (the shared state store)' });
  const file = reportFile(place.dataDir);
  const shown = place.shownFrom?.(file) ?? file;
  if (options.readonly && !existsSync(file)) return empty(`${shown} (nothing recorded yet)`);
  // Loaded only here: a native module, needed only where the report is kept in SQLite.
  const { openSqliteReport } = await import('./sqlite-store.js');
  try {
    return openSqliteReport(file, { shownAs: shown, ...(options.readonly ? { readonly: true } : {}) });
  } catch (error) {
    throw new Error(`cannot open the report database ${shown}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
