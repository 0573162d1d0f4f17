/**
 * Slack re-sends an event (same `event_id`) when the ack was late: at once, after ~1 min and ~5 min.
 * Remembering ids for 15 minutes drops those repeats, while a retry whose first delivery never reached
 * this process (a crash, a restart) has an unknown id and is answered.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';

/** Defaults: keep ids 15 minutes (Slack retries for ~5), at most 50 000 of them. */
export const DEFAULT_DEDUPE = { ttlMs: 15 * 60_000, maxIds: 50_000 } as const;

export interface DedupeConfig {
  /** How long an id is remembered (default 15 min; must be ≥ 10 min to cover Slack's retries). */
  ttlMs: number;
  /** Ids remembered at most; the oldest go first (default 50 000). */
  maxIds: number;
}

export interface EventDeduper {
  /** True the first time an id is seen within the ttl, false for a repeat. */
  firstSeen(eventId: string, now?: number): boolean;
  size(): number;
}

export function createEventDeduper(config: DedupeConfig = DEFAULT_DEDUPE): EventDeduper {
  // Insertion order is arrival order, so the oldest ids are always first.
  const seen = new Map<string, number>();

  function prune(now: number): void {
    for (const [id, at] of seen) {
      if (now - at < config.ttlMs && seen.size <= config.maxIds) break;
      seen.delete(id);
    }
  }

  return {
    firstSeen(eventId, now = Date.now()) {
      prune(now);
      if (seen.has(eventId)) return false;
      seen.set(eventId, now);
      prune(now);
      return true;
    },
    size: () => seen.size,
  };
}

/** A global Bolt middleware that drops repeated deliveries of an event (logged, never answered twice). */
export function dedupeMiddleware(deduper: EventDeduper, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !deduper.firstSeen(eventId)) {
      log.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'repeated event delivery ignored');
      return;
    }
    await next();
  };
}
