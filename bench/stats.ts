/** Small helpers for benchmark figures. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects garbage, so a heap figure counts what is kept, not what is waiting to be freed. */
export function collectGarbage(): void {
  gc();
  gc();
}

/** The most memory the process has held (resident set), in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function heapMb(): number {
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export interface BenchRow {
  benchmark: string;
  [figure: string]: string | number;
}

/** Prints rows as an aligned text table. */
export function printTable(rows: readonly BenchRow[]): void {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c]))));
}

/** Prints rows side by side, one figure per line: suits a few rows with many figures each. */
export function printColumns(rows: readonly BenchRow[]): void {
  const figures = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'benchmark');
  const header = ['', ...rows.map((r) => r.benchmark)];
  const lines = figures.map((f) => [f, ...rows.map((r) => (r[f] === undefined ? '' : String(r[f])))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  for (const l of lines) console.log(line(l));
}
