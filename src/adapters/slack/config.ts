/** Slack settings, parsed once at start-up by the application's config module. */
export interface SlackConfig {
  /** SLACK_BOT_TOKEN (xoxb-…). */
  botToken: string;
  /** SLACK_SIGNING_SECRET; required in HTTP mode. */
  signingSecret?: string;
  /** SLACK_APP_TOKEN (xapp-…): Socket Mode when set, HTTP mode otherwise. */
  appToken?: string;
  /** SLACK_API_URL: Web API base URL, e.g. http://127.0.0.1:9999/api/ (proxies, GovSlack, tests). */
  apiUrl?: string;
  /** SLACK_COMMAND: slash command name (default /ask). */
  command: string;
  /** Who sees a slash-command answer first: ephemeral (default, with a Share button) or in_channel. */
  commandVisibility: 'ephemeral' | 'in_channel';
  /** Channel ids the bot answers mentions in; empty = everywhere it is invited. */
  channels: string[];
  /** Bot user id / bot id, when known ahead (skips auth.test; used by tests). */
  botUserId?: string;
  botId?: string;
  /** Web API retries on rate limits (429), server and network errors (default 3; tests use 0 to observe failures). */
  apiRetries?: number;
  /** Socket Mode: ms to wait for a pong before reconnecting; also the reconnect back-off step (default 5 000). */
  socketPingTimeoutMs?: number;
}

export const DEFAULT_SLACK_COMMAND = '/ask';

/** Web API retries by default: enough to ride out a 429 or a blip, short enough that an answer is not hours late. */
export const DEFAULT_SLACK_API_RETRIES = 3;

/** Where Slack sends events, slash commands and interactivity in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';
