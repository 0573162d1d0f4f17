/**
 * `npm run bench [-- --json] [-- --large] [-- --only core,kb,slack,replicas,discord]`: prints speed and memory
 * figures, one table per benchmark. Never run by the tests; docs/performance.md records the figures and
 * the machine they came from. Every part is bounded (a count and a time limit) and stops by itself.
 *   core     the answering core on the default knowledge base
 *   kb       generated knowledge bases: 10 MB (and 100 MB with --large)
 *   pdf      a folder of 200 generated PDFs: load time and memory
 *   slack    signed slash commands over HTTP through the real Bolt receiver, against a local fake Slack
 *   replicas the same against two bot processes sharing a real redis-server (Debian's redis-server)
 *   discord  mentions through the real discord.js client, against a local fake gateway
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { benchCore } from './core.js';
import { benchDiscord } from './discord.js';
import { benchScale } from './kb-scale.js';
import { benchPdfLoad } from './pdf-load.js';
import { benchSlack } from './slack-http.js';
import { REDIS_MISSING, redisInstalled } from '../test/support/redis.js';
import { printColumns, type BenchRow } from './stats.js';

const PARTS = ['core', 'kb', 'pdf', 'slack', 'replicas', 'discord'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: readonly string[]): { json: boolean; large: boolean; only: Set<Part> } {
  const onlyArg = argv.find((a) => a.startsWith('--only'));
  const list = onlyArg?.includes('=') ? onlyArg.split('=')[1]! : onlyArg ? argv[argv.indexOf(onlyArg) + 1] ?? '' : PARTS.join(',');
  const only = new Set(list.split(',').map((p) => p.trim()).filter(Boolean) as Part[]);
  const unknown = [...only].filter((p) => !PARTS.includes(p));
  if (unknown.length > 0) {
    console.error(`bench: unknown part ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
    process.exit(1);
  }
  return { json: argv.includes('--json'), large: argv.includes('--large'), only };
}

const args = parseArgs(process.argv.slice(2));
const loadBefore = loadavg().map((n) => n.toFixed(2)).join(' ');
const rows: BenchRow[] = [];
const progress = (what: string) => !args.json && console.error(`… ${what}`);

if (args.only.has('core')) {
  progress('core on the default knowledge');
  rows.push(await benchCore());
}
if (args.only.has('kb')) {
  for (const megabytes of args.large ? [10, 100] : [10]) {
    progress(`generated ${megabytes} MB knowledge base`);
    rows.push(await benchScale({ megabytes, questions: megabytes > 10 ? 500 : 2000, maxAnswerMs: megabytes > 10 ? 30_000 : 20_000 }));
  }
}
if (args.only.has('pdf')) {
  progress('200 generated PDFs');
  rows.push(await benchPdfLoad({ files: 200 }));
}
if (args.only.has('slack')) {
  progress('Slack slash commands over HTTP');
  rows.push(await benchSlack({ total: 3000, concurrency: 20, maxMs: 30_000 }));
}
if (args.only.has('replicas')) {
  progress('Slack slash commands over HTTP, two replicas sharing Redis');
  // Without Debian's redis-server the row says so instead of failing the whole run.
  rows.push(redisInstalled() ? await benchSlack({ total: 3000, concurrency: 20, maxMs: 30_000, replicas: 2 }) : { benchmark: 'Slack HTTP, 2 replicas + Redis', note: REDIS_MISSING });
}
if (args.only.has('discord')) {
  progress('Discord mentions over the gateway');
  rows.push(await benchDiscord({ total: 1000, concurrency: 20, maxMs: 30_000 }));
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${process.platform}`;
const loadAverage = { before: loadBefore, after: loadavg().map((n) => n.toFixed(2)).join(' ') };
if (args.json) console.log(JSON.stringify({ machine, loadAverage, rows }, null, 2));
else {
  console.log(`Model Guide benchmarks on ${machine}`);
  console.log(`load average (1, 5, 15 min): ${loadAverage.before} before, ${loadAverage.after} after\n`);
  // One table per part; the generated knowledge bases side by side.
  const groups = [rows.filter((r) => !r.benchmark.startsWith('generated')), rows.filter((r) => r.benchmark.startsWith('generated'))];
  for (const row of groups[0]!) {
    printColumns([row]);
    console.log('');
  }
  if (groups[1]!.length > 0) printColumns(groups[1]!);
}
