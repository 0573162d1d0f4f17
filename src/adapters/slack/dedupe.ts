/**
 * Slack re-sends an event (same `event_id`) when the ack was late: at once, after ~1 min and ~5 min, and
 * the repeat may reach another replica. The front door's `once` answers the first delivery any replica
 * sees and drops repeats; a delivery whose handler died (a crash) lapses after 45 s, so a later retry,
 * the only copy left, is answered.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { PlatformDoor } from '../../bot/types.js';

/** A global Bolt middleware that drops repeated deliveries of an event (logged, never answered twice). */
export function dedupeMiddleware(door: PlatformDoor, log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    if (!(await door.once(eventId, next))) {
      log.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'repeated event delivery ignored');
    }
  };
}
