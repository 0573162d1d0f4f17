/**
 * `model-guide report [--since 7d] [--json]`: what the bot could not answer and which answers were
 * voted 👎, read from where the running bot keeps them (Redis when it shares a state store, else
 * DATA_DIR/report.sqlite): the top unanswered questions, the most 👎'd answers and the answered rate
 * per day. Exits 2 on a bad option, 1 (no stack trace) on a bad setting or an unreadable report.
 */
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, displayPath, loadConfig } from '../app/config/index.js';
import { createLogger } from '../app/logger.js';
import { formatReport } from '../report/format-text.js';
import { openReportStore } from '../report/open.js';
import { DEFAULT_SINCE, parseSince } from '../report/since.js';
import { buildReport } from '../report/summary.js';
import { createStateStore, type StateStore } from '../state/index.js';
import { parseCommandArgs, PROGRAM, USAGE_ERROR, usageError } from './args.js';
import { PROJECT_ROOT } from './shared.js';

export const HELP = `usage: ${PROGRAM} report [--since 7d] [--json]

What the bot could not answer and which answers people voted 👎, for the owners of the knowledge:
the top unanswered questions (the same question worded alike counts once), the most 👎'd answers,
and the answered rate per day. Read from where the bot keeps them: the shared state store when
Redis is configured, else report.sqlite under DATA_DIR. Never creates anything.

Options:
  --since PERIOD   how far back: 24h, 7d, 2w… (default ${DEFAULT_SINCE}; the report keeps 30 days)
  --json           one JSON object instead of text
  -h, --help       this help`;

export async function run(args: string[], cwd = process.cwd()): Promise<number> {
  const parsed = parseCommandArgs(args, { since: { type: 'string' }, json: { type: 'boolean' } }, 0);
  if (!parsed.ok) {
    console.error(usageError('report', parsed.error));
    return USAGE_ERROR;
  }
  if (parsed.help) {
    console.log(HELP);
    return 0;
  }
  const since = parseSince(typeof parsed.values.since === 'string' ? parsed.values.since : DEFAULT_SINCE);
  if (!since.ok) {
    console.error(usageError('report', since.error));
    return USAGE_ERROR;
  }
  const config = loadConfig({ env: process.env, cwd, projectRoot: PROJECT_ROOT });
  if (!config.ok) {
    for (const error of config.errors) console.error(`Configuration error: ${error}`);
    return 1;
  }
  // With REDIS_URL the bot keeps the report in Redis: read it there (a Redis that cannot be reached is an error, not an empty report).
  let state: StateStore | undefined;
  if (config.config.state?.redisUrl) {
    state = await createStateStore(config.config.state, createLogger({ level: 'silent', pretty: false, secrets: config.config.secrets, destination: 2 }));
    if (state.health() !== 'ok') {
      await state.close();
      console.error(`${PROGRAM} report: cannot reach Redis at REDIS_URL, where the bot keeps the report; check that it is up and reachable from here.`);
      return 1;
    }
  }
  let store;
  try {
    store = await openReportStore(
      { dataDir: config.config.dataDir ?? join(PROJECT_ROOT, DEFAULT_DATA_DIR), shownFrom: (path) => displayPath(path, cwd), ...(state ? { stateStore: state } : {}) },
      { readonly: true },
    );
  } catch (error) {
    await state?.close();
    console.error(`${PROGRAM} report: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const nowMs = Date.now();
    const sinceMs = nowMs - since.ms;
    const report = buildReport(await store.read(sinceMs), { sinceMs, nowMs });
    console.log(parsed.values.json ? JSON.stringify({ location: store.location, ...report }, null, 2) : formatReport(report, store.location).join('\n'));
    return 0;
  } finally {
    await store.close();
    await state?.close();
  }
}
