import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Guide } from '../core/types.js';
import type { AskFlow } from './shared/ask-flow.js';

export type AdapterStatus = 'stopped' | 'starting' | 'connected' | 'disconnected';

/** An HTTP route an adapter wants mounted on the shared server (Slack's HTTP mode). */
export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/** A chat platform connection, built by a `create…Adapter(config, deps)` factory. */
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  /** Stop taking new questions, let answers in flight finish, disconnect. */
  stop(): Promise<void>;
  status(): AdapterStatus;
  /** Routes to mount on the shared HTTP server (empty when the adapter needs none). */
  readonly routes: HttpRoute[];
}

/** What every adapter gets from the application. */
export interface AdapterDeps {
  /** Answers questions; handles length limits, rate limits, logging and metrics. */
  flow: AskFlow;
  logger: Logger;
}

export type { Guide };
