/**
 * `npm run bench [-- --json]`: prints speed and memory figures. Never run by the tests; the README
 * records the figures and the machine they came from.
 */
import { cpus } from 'node:os';
import { benchCore } from './core.js';
import { printTable, type BenchRow } from './stats.js';

const json = process.argv.includes('--json');
const rows: BenchRow[] = [];
rows.push(await benchCore());

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
if (json) console.log(JSON.stringify({ machine, rows }, null, 2));
else {
  console.log(`Model Guide benchmarks on ${machine}\n`);
  printTable(rows);
}
