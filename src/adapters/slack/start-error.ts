/** Start-up failures explained in terms of the variable to fix. */
import { SlackConfigError } from './bolt-app.js';

/** Slack's error codes for a token it does not accept. */
const BAD_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/**
 * `phase` says which call failed: `auth` (auth.test with the bot token) or `connect`
 * (apps.connections.open with the app-level token, Socket Mode).
 */
export function startError(error: unknown, phase: 'auth' | 'connect'): Error {
  const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
  const variable = phase === 'auth' ? 'SLACK_BOT_TOKEN' : 'SLACK_APP_TOKEN';
  if (typeof code === 'string' && BAD_TOKEN.has(code)) {
    const expected = phase === 'auth' ? 'a bot token (xoxb-…)' : 'an app-level token (xapp-…) with connections:write';
    return new SlackConfigError(`Slack rejected ${variable} (${code}): set it to ${expected}`, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  const step = phase === 'auth' ? 'checking SLACK_BOT_TOKEN (auth.test)' : 'opening the Socket Mode connection';
  return new Error(`Slack adapter could not start while ${step}: ${reason}`, { cause: error });
}
