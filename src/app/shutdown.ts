import type { Logger } from 'pino';

export const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** The part of `process` shutdown listens on: injectable so tests can send a signal without killing the runner. */
export interface SignalSource {
  on(signal: (typeof SHUTDOWN_SIGNALS)[number], listener: () => void): unknown;
  off(signal: (typeof SHUTDOWN_SIGNALS)[number], listener: () => void): unknown;
}

export interface ShutdownDeps {
  /** Stops the app gracefully (App.stop). */
  stop(): Promise<void>;
  logger: Logger;
  /** Ends the process (process.exit). */
  exit(code: number): void;
  signals?: SignalSource;
}

export interface Shutdown {
  /** Stops the app once and exits: 0 after a clean stop, 1 if stopping failed or `code` says so. */
  shutdown(reason: string, code?: number): Promise<void>;
  /** Removes the signal listeners. */
  dispose(): void;
}

/**
 * SIGTERM or SIGINT: stop taking questions, let answers in flight finish, disconnect, exit 0.
 * A second signal while stopping exits at once with status 1, for the operator who really means it.
 */
export function installShutdown(deps: ShutdownDeps): Shutdown {
  const log = deps.logger.child({ module: 'shutdown' });
  const signals = deps.signals ?? process;
  let running: Promise<void> | undefined;

  function shutdown(reason: string, code = 0): Promise<void> {
    if (running) return running;
    log.info({ reason }, 'stopping');
    running = deps.stop().then(
      () => deps.exit(code),
      (error: unknown) => {
        log.error({ err: error }, 'error while stopping');
        deps.exit(1);
      },
    );
    return running;
  }

  const handlers = SHUTDOWN_SIGNALS.map((signal) => {
    const handler = () => {
      if (running) {
        log.warn({ signal }, 'second signal while stopping: exiting now');
        deps.exit(1);
        return;
      }
      void shutdown(signal);
    };
    signals.on(signal, handler);
    return { signal, handler };
  });

  return {
    shutdown,
    dispose() {
      for (const { signal, handler } of handlers) signals.off(signal, handler);
    },
  };
}
