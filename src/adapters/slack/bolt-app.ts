/**
 * The Bolt app and its receiver: Socket Mode when an app-level token is set, otherwise HTTP mode, where
 * Bolt's HTTPReceiver (signature and timestamp checks, 401 on failure) serves POST /slack/events
 * on the application's shared server instead of opening its own port.
 */
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import { createBoltLogger } from './bolt-logger.js';
import { DEFAULT_SLACK_API_RETRIES, SLACK_EVENTS_PATH, type SlackConfig } from './config.js';

export type SocketModeClient = SocketModeReceiver['client'];

export type BoltApp =
  | { mode: 'http'; app: App; requestListener: RequestListener }
  | { mode: 'socket'; app: App; socket: SocketModeClient };

/** Thrown for a configuration the adapter cannot run with; the message names the variable. */
export class SlackConfigError extends Error {
  readonly code = 'SLACK_CONFIG';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SlackConfigError';
  }
}

export function createBoltApp(config: SlackConfig, log: Logger): BoltApp {
  if (!config.botToken) throw new SlackConfigError('SLACK_BOT_TOKEN is missing: set it to the bot token (xoxb-…)');
  // A child of the Slack logger already carries module: 'slack'; name the library, not a second module.
  const logger = createBoltLogger(log.child({ library: '@slack/bolt' }));
  const apiUrl = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const knownIdentity = Boolean(config.botId && config.botUserId);
  const appOptions = {
    token: config.botToken,
    ...(config.botId ? { botId: config.botId } : {}),
    ...(config.botUserId ? { botUserId: config.botUserId } : {}),
    logger,
    clientOptions: { ...apiUrl, retryConfig: { retries: config.apiRetries ?? DEFAULT_SLACK_API_RETRIES } },
    convoStore: false as const,
    // auth.test runs in start() (App#init), where a bad token can fail start-up, never in this constructor.
    deferInitialization: true,
    tokenVerificationEnabled: !knownIdentity,
  };

  if (config.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      ...(config.socketPingTimeoutMs ? { clientPingTimeout: config.socketPingTimeoutMs } : {}),
      // The Socket Mode client keeps its own long retry policy for apps.connections.open unless told otherwise.
      installerOptions: {
        clientOptions: { ...apiUrl, ...(config.apiRetries !== undefined ? { retryConfig: { retries: config.apiRetries } } : {}) },
      },
    });
    return { mode: 'socket', app: new App({ ...appOptions, receiver }), socket: receiver.client };
  }

  if (!config.signingSecret) {
    throw new SlackConfigError(
      'SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify requests (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, logger });
  return { mode: 'http', app: new App({ ...appOptions, receiver }), requestListener: receiver.requestListener };
}
