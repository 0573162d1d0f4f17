import { z } from 'zod';
import type { DiscordConfig } from '../../adapters/discord/config.js';
import { DEFAULT_SLACK_COMMAND, type SlackConfig } from '../../adapters/slack/config.js';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from '../../bot/rate-limit.js';
import { DEFAULT_KEY_PREFIX, type StateConfig } from '../../state/options.js';
import { shardRules } from './shards.js';

/** PORT: the HTTP server for /healthz, /readyz, /metrics and Slack's HTTP mode. */
export const DEFAULT_PORT = 3000;
/** RATE_LIMIT_PER_MINUTE: questions per user per platform per minute. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = DEFAULT_RATE_LIMIT.perUser;
export const WATCH_KNOWLEDGE_VALUES = ['auto', 'poll', 'off'] as const;
export type WatchKnowledge = (typeof WATCH_KNOWLEDGE_VALUES)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Settings after validation: what start-up passes down. */
export interface AppConfig {
  /** Absolute path of the knowledge folder. */
  knowledgeDir: string;
  /**
   * WATCH_KNOWLEDGE: reload the knowledge when its files change. `auto` (the schema's default): change
   * events, polling when they cannot be had; `poll`: always poll; `off`. Absent (hand-built configs in tests): off.
   */
  watchKnowledge?: WatchKnowledge;
  /** INDEX_CACHE_DIR: absolute folder for the saved index (default: `.cache` in the project's folder). Absent: no saved index. */
  indexCacheDir?: string;
  /**
   * DATA_DIR: absolute folder for what the bot keeps across restarts (the owners' report, as SQLite,
   * when there is no Redis). The schema's default: `data` in the project folder. Absent (hand-built
   * configs in tests): nothing is kept.
   */
  dataDir?: string;
  /** RECORD_QUESTIONS: the owners' report keeps question text (default true); false keeps only a hash. */
  recordQuestions?: boolean;
  /** ADMIN_TOKEN: serves GET /admin to whoever presents it; absent = no /admin. Secret. */
  adminToken?: string;
  port: number;
  /** Interface to bind; undefined = all interfaces. */
  host: string | undefined;
  /** Undefined = the mode's default (info; warn in the local terminal chat, whose screen logs would clutter). */
  logLevel: LogLevel | undefined;
  logQuestions: boolean;
  rateLimit: RateLimitConfig;
  /** Serve HTTP only when no platform is configured, instead of a terminal chat or exiting. */
  headless: boolean;
  /** Present exactly when SLACK_BOT_TOKEN is set. */
  slack: SlackConfig | undefined;
  /** Present exactly when DISCORD_TOKEN is set. */
  discord: DiscordConfig | undefined;
  /** REDIS_URL and KEY_PREFIX: where state shared by replicas lives (absent or without a URL: in memory). */
  state?: StateConfig;
  /** Secret values, scrubbed from every log line. */
  secrets: string[];
}

// Values arrive as strings from the environment and as YAML scalars from the file; accept both.
const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
const whole = (min: number, max: number) =>
  z
    .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)], {
      error: `must be a whole number from ${min} to ${max}`,
    })
    .pipe(z.number().int().min(min).max(max, { error: `must be a whole number from ${min} to ${max}` }));
// Discord ids are 18+ digits: as YAML numbers they would silently lose digits, so they must be quoted.
const id = z
  .string({ error: 'must be a quoted string such as "123456789012345678" (long ids lose digits as YAML numbers)' })
  .trim()
  .min(1, { error: 'must not be empty' });
const flag = z.union([z.boolean(), z.stringbool()], { error: 'must be true or false' });
const idList = z
  .union([z.array(id), z.string().transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))], {
    error: 'must be a list of channel ids (comma-separated in the environment)',
  });
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
// A list of whole numbers, comma-separated in the environment (shard ids).
const wholeList = z.union(
  [z.array(whole(0, 65534)), z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/).transform((s) => s.split(',').map((x) => Number(x.trim())))],
  { error: 'must be a list of shard numbers such as 0,1 (comma-separated in the environment)' },
);
const shardCount = z.union([z.literal('auto'), whole(1, 65535)], { error: 'must be a whole number of shards from 1, or auto' });
const prefixed = (prefix: string, where: string) =>
  text.refine((v) => v.startsWith(prefix), { error: `must start with "${prefix}" (${where})` });

/** The one schema for every setting, over the raw object built from the YAML file and the environment. */
export const configSchema = z
  .strictObject({
    knowledgeDir: text,
    watchKnowledge: z
      .union([z.boolean(), z.string().trim().toLowerCase()], { error: 'must be true, false or poll' })
      // Exactly the documented values: anything else ("yes", "on") is a typo to name, not a guess to make.
      .transform((v, ctx): WatchKnowledge => {
        const value = v === true || v === 'true' ? 'auto' : v === false || v === 'false' ? 'off' : v === 'poll' ? 'poll' : undefined;
        if (value) return value;
        ctx.addIssue({ code: 'custom', message: 'must be true, false or poll' });
        return z.NEVER;
      })
      .default('auto'),
    indexCacheDir: text,
    dataDir: text,
    recordQuestions: flag.default(true),
    adminToken: z
      .string({ error: 'must be text' })
      .trim()
      .min(16, { error: 'must be at least 16 characters (for example the output of `openssl rand -hex 24`)' })
      .optional(),
    port: whole(0, 65535).default(DEFAULT_PORT),
    host: text.optional(),
    logLevel: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }))
      .optional(),
    logQuestions: flag.default(false),
    rateLimit: z
      .strictObject({ perUserPerMinute: whole(0, 1_000_000).default(DEFAULT_RATE_LIMIT_PER_MINUTE) })
      .prefault({}),
    headless: flag.default(false),
    slack: z
      .strictObject({
        botToken: prefixed('xoxb-', 'the Bot User OAuth Token under OAuth & Permissions').optional(),
        signingSecret: text.optional(),
        appToken: prefixed('xapp-', 'an app-level token with connections:write, under Basic Information').optional(),
        command: text
          .regex(/^\/[\w-]+$/, { error: `must be a slash command such as ${DEFAULT_SLACK_COMMAND}` })
          .default(DEFAULT_SLACK_COMMAND),
        commandVisibility: z
          .enum(['ephemeral', 'in_channel'], { error: 'must be ephemeral or in_channel' })
          .default('ephemeral'),
        channels: idList.default([]),
        apiUrl: url.optional(),
        botUserId: id.optional(),
        botId: id.optional(),
      })
      .prefault({}),
    discord: z
      .strictObject({
        token: text.optional(),
        applicationId: id.optional(),
        guildId: id.optional(),
        channels: idList.default([]),
        apiUrl: url.optional(),
        shardCount: shardCount.optional(),
        shardIds: wholeList.optional(),
      })
      .prefault({}),
    redis: z
      .strictObject({
        url: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, e.g. redis://redis:6379' }).optional(),
        keyPrefix: text.default(DEFAULT_KEY_PREFIX),
      })
      .prefault({}),
  })
  .superRefine((raw, ctx) => {
    for (const message of shardRules(raw.discord)) {
      ctx.addIssue({ code: 'custom', params: { sentence: true }, path: ['discord', 'shardIds'], message });
    }
    const { botToken, appToken, signingSecret } = raw.slack;
    if (botToken && !appToken && !signingSecret) {
      ctx.addIssue({
        code: 'custom',
        params: { sentence: true },
        path: ['slack', 'signingSecret'],
        message:
          'SLACK_SIGNING_SECRET is not set. SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN, so Slack runs in HTTP mode, ' +
          'which needs the signing secret to verify requests: set SLACK_SIGNING_SECRET (Slack app → Basic Information → ' +
          'Signing Secret), or set SLACK_APP_TOKEN to use Socket Mode instead.',
      });
    }
    if (!botToken && (appToken || signingSecret)) {
      const set = appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET';
      ctx.addIssue({
        code: 'custom',
        params: { sentence: true },
        path: ['slack', 'botToken'],
        message:
          `SLACK_BOT_TOKEN is not set, but ${set} is. Set SLACK_BOT_TOKEN to the Bot User OAuth Token ` +
          `(Slack app → OAuth & Permissions, starts with xoxb-), or remove ${set} to run without Slack.`,
      });
    }
  })
  .transform((raw): AppConfig => {
    const { botToken, ...slackRest } = raw.slack;
    const { token: discordToken, ...discordRest } = raw.discord;
    return {
      knowledgeDir: raw.knowledgeDir,
      watchKnowledge: raw.watchKnowledge,
      indexCacheDir: raw.indexCacheDir,
      dataDir: raw.dataDir,
      recordQuestions: raw.recordQuestions,
      ...(raw.adminToken ? { adminToken: raw.adminToken } : {}),
      port: raw.port,
      host: raw.host,
      logLevel: raw.logLevel,
      logQuestions: raw.logQuestions,
      rateLimit: { perUser: raw.rateLimit.perUserPerMinute, windowMs: 60_000 },
      headless: raw.headless,
      slack: botToken ? { botToken, ...slackRest } : undefined,
      discord: discordToken ? { token: discordToken, ...discordRest } : undefined,
      state: { keyPrefix: raw.redis.keyPrefix, ...(raw.redis.url ? { redisUrl: raw.redis.url } : {}) },
      secrets: [botToken, raw.slack.signingSecret, raw.slack.appToken, discordToken, raw.redis.url, redisPassword(raw.redis.url), raw.adminToken].filter(
        (s): s is string => typeof s === 'string' && s.length > 0,
      ),
    };
  });

export type RawConfigInput = z.input<typeof configSchema>;

/** The password inside a Redis URL, scrubbed from logs like the URL itself. */
function redisPassword(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
