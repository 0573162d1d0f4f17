import type { DiscordConfig } from '../adapters/discord/config.js';
import type { SlackConfig } from '../adapters/slack/config.js';
import type { Adapter, AdapterDeps } from '../adapters/types.js';
import type { AppConfig } from './config/index.js';

/** What this process will run, decided once from the config and whether a person is at the keyboard. */
export type RunPlan =
  | { mode: 'platforms'; slack: SlackConfig | undefined; discord: DiscordConfig | undefined }
  | { mode: 'terminal' }
  | { mode: 'nothing'; message: string };

export const messages = {
  noPlatform:
    'No chat platform is configured and standard input is not a terminal, so there is nothing to run. ' +
    'Set SLACK_BOT_TOKEN (with SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode) to connect Slack, ' +
    'or DISCORD_TOKEN to connect Discord: see "Configuration" in the README. ' +
    'Run `npm start` in a terminal for the local chat, or set HEADLESS=true to serve only the health and metrics endpoints.',
  terminalHint:
    'Local chat. To connect Slack or Discord instead, set SLACK_BOT_TOKEN or DISCORD_TOKEN (see "Configuration" in the README).',
} as const;

/**
 * Every configured platform runs. With none: the local terminal chat when stdin is a terminal, HTTP only
 * when HEADLESS is set, and otherwise nothing (the caller exits 1 with `message`).
 */
export function planRun(config: AppConfig, env: { stdinIsTTY: boolean }): RunPlan {
  if (config.slack || config.discord || config.headless) {
    return { mode: 'platforms', slack: config.slack, discord: config.discord };
  }
  if (env.stdinIsTTY) return { mode: 'terminal' };
  return { mode: 'nothing', message: messages.noPlatform };
}

/**
 * The settings a run starts with. The local chat has one person at the keyboard, so it has no rate
 * limit (RATE_LIMIT_PER_MINUTE is fair use between a platform's users); platforms keep theirs.
 */
export function configForRun(config: AppConfig, plan: RunPlan): AppConfig {
  return plan.mode === 'terminal' ? { ...config, rateLimit: { ...config.rateLimit, perUser: 0 } } : config;
}

/** The adapter factories, injected so tests can run the start-up with fakes. */
export interface PlatformFactories {
  slack(config: SlackConfig, deps: AdapterDeps): Adapter;
  discord(config: DiscordConfig, deps: AdapterDeps): Adapter;
}

export function createPlatformAdapters(
  plan: Extract<RunPlan, { mode: 'platforms' }>,
  deps: AdapterDeps,
  factories: PlatformFactories,
): Adapter[] {
  const adapters: Adapter[] = [];
  if (plan.slack) adapters.push(factories.slack(plan.slack, deps));
  if (plan.discord) adapters.push(factories.discord(plan.discord, deps));
  return adapters;
}
