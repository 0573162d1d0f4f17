/**
 * Slack through @slack/bolt: `/ask`, mentions (answered in the thread) and DMs, with Block Kit answers,
 * suggestion, share and feedback buttons. Socket Mode when an app-level token is set; otherwise HTTP mode,
 * where the application mounts `routes` (POST /slack/events) on its shared server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Adapter, AdapterDeps, AdapterStatus, HttpRoute } from '../types.js';
import { registerActions } from './actions.js';
import { createAnswering, PLATFORM } from './answering.js';
import { createBoltApp, type BoltApp } from './bolt-app.js';
import { registerCommand } from './commands.js';
import { SLACK_EVENTS_PATH, type SlackConfig } from './config.js';
import { dedupeMiddleware } from './dedupe.js';
import { registerEvents } from './events.js';
import { startError } from './start-error.js';

export type { SlackConfig } from './config.js';
export { SlackConfigError } from './bolt-app.js';
export { DEFAULT_SLACK_COMMAND, SLACK_EVENTS_PATH } from './config.js';

/** How long stop() waits for answers in flight before disconnecting. */
export const SLACK_STOP_GRACE_MS = 10_000;

function eventsRoute(bolt: Extract<BoltApp, { mode: 'http' }>, isRunning: () => boolean): HttpRoute {
  return {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    handle(req: IncomingMessage, res: ServerResponse) {
      // Before start (token unchecked) and after stop, let Slack retry elsewhere or later.
      if (!isRunning()) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('Slack adapter not running\n');
      bolt.requestListener(req, res);
    },
  };
}

/** Builds the Slack adapter; throws SlackConfigError when a required variable is missing. */
export function createSlackAdapter(config: SlackConfig, deps: AdapterDeps): Adapter {
  const log = deps.logger.child({ module: 'slack' });
  const bolt = createBoltApp(config, log);
  let status: AdapterStatus = 'stopped';
  let stopping = false;

  const door = deps.frontDoor.forPlatform(PLATFORM);
  const handlerDeps = { config, answering: createAnswering(door, config.command), door, log };
  bolt.app.use(dedupeMiddleware(door, log));
  registerEvents(bolt.app, handlerDeps);
  registerCommand(bolt.app, handlerDeps);
  registerActions(bolt.app, handlerDeps);
  // Handlers run through the front door, which catches; this catches what escapes Bolt's own steps (authorization…).
  bolt.app.error(async (error) => door.reportError(error, { code: error.code }));

  if (bolt.mode === 'socket') {
    // The Socket Mode client reconnects by itself; status() follows it while running.
    const follow = (next: AdapterStatus) => () => {
      if (status !== 'stopped' && !stopping) status = next;
    };
    bolt.socket.on('connected', follow('connected'));
    bolt.socket.on('reconnecting', follow('disconnected'));
    bolt.socket.on('disconnected', follow('disconnected'));
  }

  return {
    name: PLATFORM,
    routes: bolt.mode === 'http' ? [eventsRoute(bolt, () => status === 'connected')] : [],
    status: () => status,
    async start() {
      if (status !== 'stopped') return;
      status = 'starting';
      stopping = false;
      door.startAccepting();
      let phase: 'auth' | 'connect' = 'auth';
      try {
        await bolt.app.init();
        phase = 'connect';
        if (bolt.mode === 'socket') await bolt.app.start();
      } catch (error) {
        status = 'stopped';
        throw startError(error, phase);
      }
      status = 'connected';
      log.info({ mode: bolt.mode, command: config.command }, 'Slack adapter started');
    },
    async stop() {
      if (status === 'stopped') return;
      stopping = true;
      door.stopAccepting();
      await door.drain(SLACK_STOP_GRACE_MS);
      if (bolt.mode === 'socket') await bolt.socket.disconnect();
      status = 'stopped';
      log.info('Slack adapter stopped');
    },
  };
}
