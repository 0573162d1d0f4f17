import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { FrontDoor } from '../bot/types.js';
import type { Guide } from '../core/types.js';

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
  /**
   * Where every question goes: help, limits, conversations, the core, buttons' memory, feedback,
   * de-duplication, work in flight and the one catch-log-apologise place. An adapter takes its own
   * platform's door with `frontDoor.forPlatform(name)`.
   */
  frontDoor: FrontDoor;
  logger: Logger;
}

export type { Guide };
