/**
 * Catch at the edge: every Slack handler runs its work through here. An error is reported with platform,
 * channel and event id, the person gets a short apology, and the app keeps serving. The work is tracked
 * by the ask flow (graceful shutdown) and by the adapter (stop waits for it).
 */
import type { Logger } from 'pino';
import { messages, type AskFlow } from '../shared/ask-flow.js';
import { PLATFORM } from './answering.js';

// A type (not an interface) so it passes as the flow's Record<string, unknown> log context.
export type EdgeContext = {
  channel?: string | undefined;
  /** Slack's event_id for events; the trigger id or action ts for commands and clicks. */
  eventId?: string | undefined;
  user?: string | undefined;
};

export interface Edge {
  /** Runs `work`; on error reports it and calls `apologize` with the apology text. Never rejects. */
  run(context: EdgeContext, work: () => Promise<void>, apologize: (text: string) => Promise<unknown>): Promise<void>;
  /** Resolves when the work in flight is done, or after `timeoutMs`. */
  settle(timeoutMs: number): Promise<void>;
}

export function createEdge(flow: AskFlow, log: Logger): Edge {
  const pending = new Set<Promise<void>>();

  async function guarded(context: EdgeContext, work: () => Promise<void>, apologize: (text: string) => Promise<unknown>) {
    try {
      await work();
    } catch (error) {
      flow.reportError(PLATFORM, error, { ...context });
      try {
        await apologize(messages.error);
      } catch (apologyError) {
        log.warn({ err: apologyError, platform: PLATFORM, ...context }, 'could not send the apology either');
      }
    }
  }

  return {
    run(context, work, apologize) {
      const job = guarded(context, work, apologize);
      pending.add(job);
      void job.finally(() => pending.delete(job));
      return flow.track(job);
    },
    async settle(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.allSettled([...pending]), timeout]);
      clearTimeout(timer);
    },
  };
}
