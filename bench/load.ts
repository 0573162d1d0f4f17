/** A bounded load loop: `concurrency` workers send until `total` are sent or `maxMs` has passed, whichever first. */
import { percentile, round } from './stats.js';

/** Shared by the bot child and the load generators. */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret';
export const BENCH_BOT_USER_ID = 'U0LAN0Z89';

export interface LoadOptions {
  total: number;
  concurrency: number;
  /** Stop starting new requests after this long. */
  maxMs: number;
  /** Sends request `i` and resolves when the measured event happened (an ack, a reply). */
  send(i: number): Promise<void>;
}

export interface LoadResult {
  sent: number;
  failed: number;
  elapsedMs: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** The first failure's message, if any. */
  error?: string;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let error: string | undefined;
  const started = performance.now();
  const deadline = started + options.maxMs;
  async function worker(): Promise<void> {
    while (next < options.total && performance.now() < deadline) {
      const i = next++;
      const t = performance.now();
      try {
        await options.send(i);
        latencies.push(performance.now() - t);
      } catch (e) {
        failed += 1;
        error ??= e instanceof Error ? e.message : String(e);
      }
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    sent: latencies.length + failed,
    failed,
    elapsedMs: round(elapsedMs, 0),
    perSecond: round((latencies.length / elapsedMs) * 1000, 0),
    p50: round(percentile(latencies, 50), 1),
    p99: round(percentile(latencies, 99), 1),
    max: round(latencies.at(-1) ?? NaN, 1),
    ...(error ? { error } : {}),
  };
}

/** Waits until `done()` holds, checking every 20 ms, for at most `maxMs`; resolves with whether it held. */
export async function waitUntil(done: () => boolean, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** Rejects with `message` if `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
