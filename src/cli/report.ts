/**
 * `model-guide report [--since 7d] [--json]` (`npm run report -- …` in a checkout): what the bot could
 * not answer and which answers were voted 👎, read from where the running bot keeps them (Redis when
 * it shares a state store, else DATA_DIR/report.sqlite): the top unanswered questions, the most 👎'd
 * answers and the answered rate per day. Exits 1 (no stack trace) on a bad option or setting.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { displayPath, loadConfig } from '../app/config/index.js';
import { formatReport } from '../report/format-text.js';
import { openReportStore } from '../report/open.js';
import { DEFAULT_SINCE, parseSince } from '../report/since.js';
import { buildReport } from '../report/summary.js';

const projectRoot = join(import.meta.dirname, '..', '..');

export const HELP = `usage: model-guide report [--since 7d] [--json]

What the bot could not answer and which answers people voted 👎, for the owners of the knowledge:
the top unanswered questions (the same question worded alike counts once), the most 👎'd answers,
and the answered rate per day. Read from where the bot keeps them: the shared state store when
Redis is configured, else report.sqlite under DATA_DIR.

Options:
  --since PERIOD   how far back: 24h, 7d, 2w… (default ${DEFAULT_SINCE}; the report keeps 30 days)
  --json           one JSON object instead of text
  -h, --help       this help`;

export async function run(args: string[], cwd = process.cwd()): Promise<number> {
  let values: { since?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { since: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 1;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const since = parseSince(values.since ?? DEFAULT_SINCE);
  if (!since.ok) {
    console.error(`report: ${since.error}`);
    return 1;
  }
  const parsed = loadConfig({ env: process.env, cwd, projectRoot });
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`Configuration error: ${error}`);
    return 1;
  }
  const dataDir = parsed.config.dataDir ?? join(projectRoot, 'data');
  let store;
  try {
    store = await openReportStore({ dataDir, shownFrom: (path) => displayPath(path, cwd) }, { readonly: true });
  } catch (error) {
    console.error(`report: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const nowMs = Date.now();
    const sinceMs = nowMs - since.ms;
    const report = buildReport(await store.read(sinceMs), { sinceMs, nowMs });
    console.log(values.json ? JSON.stringify({ location: store.location, ...report }, null, 2) : formatReport(report, store.location).join('\n'));
    return 0;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`report: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
