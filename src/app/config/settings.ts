/**
 * Every setting, once: its environment variable, where it lives in the YAML file, and whether it is a
 * secret (environment only, never in the file, redacted from logs). The schema, the loader and the
 * `.env.example` test all read this table, so a new setting cannot be half added.
 */
export interface SettingSpec {
  env: string;
  /** Path in the YAML file and in the raw config object the schema validates. */
  path: readonly string[];
  secret?: boolean;
}

export const SETTINGS: readonly SettingSpec[] = [
  { env: 'KNOWLEDGE_DIR', path: ['knowledgeDir'] },
  { env: 'WATCH_KNOWLEDGE', path: ['watchKnowledge'] },
  { env: 'INDEX_CACHE_DIR', path: ['indexCacheDir'] },
  { env: 'DATA_DIR', path: ['dataDir'] },
  { env: 'RECORD_QUESTIONS', path: ['recordQuestions'] },
  { env: 'ADMIN_TOKEN', path: ['adminToken'], secret: true },
  { env: 'PORT', path: ['port'] },
  { env: 'HOST', path: ['host'] },
  { env: 'LOG_LEVEL', path: ['logLevel'] },
  { env: 'LOG_QUESTIONS', path: ['logQuestions'] },
  { env: 'RATE_LIMIT_PER_MINUTE', path: ['rateLimit', 'perUserPerMinute'] },
  { env: 'HEADLESS', path: ['headless'] },
  { env: 'SLACK_BOT_TOKEN', path: ['slack', 'botToken'], secret: true },
  { env: 'SLACK_SIGNING_SECRET', path: ['slack', 'signingSecret'], secret: true },
  { env: 'SLACK_APP_TOKEN', path: ['slack', 'appToken'], secret: true },
  { env: 'SLACK_COMMAND', path: ['slack', 'command'] },
  { env: 'SLACK_COMMAND_VISIBILITY', path: ['slack', 'commandVisibility'] },
  { env: 'SLACK_CHANNELS', path: ['slack', 'channels'] },
  { env: 'SLACK_API_URL', path: ['slack', 'apiUrl'] },
  { env: 'SLACK_BOT_USER_ID', path: ['slack', 'botUserId'] },
  { env: 'SLACK_BOT_ID', path: ['slack', 'botId'] },
  { env: 'DISCORD_TOKEN', path: ['discord', 'token'], secret: true },
  { env: 'DISCORD_APPLICATION_ID', path: ['discord', 'applicationId'] },
  { env: 'DISCORD_GUILD_ID', path: ['discord', 'guildId'] },
  { env: 'DISCORD_CHANNELS', path: ['discord', 'channels'] },
  { env: 'DISCORD_API_URL', path: ['discord', 'apiUrl'] },
  { env: 'DISCORD_SHARD_COUNT', path: ['discord', 'shardCount'] },
  { env: 'DISCORD_SHARD_IDS', path: ['discord', 'shardIds'] },
  { env: 'REDIS_URL', path: ['redis', 'url'], secret: true },
  { env: 'KEY_PREFIX', path: ['redis', 'keyPrefix'] },
];

/** Read from the environment only: where the YAML file is. */
export const CONFIG_FILE_ENV = 'CONFIG_FILE';
/** The YAML file read when CONFIG_FILE is not set, if it exists in the working directory. */
export const DEFAULT_CONFIG_FILE = 'model-guide.yaml';
/** The file of environment variables read from the working directory, if present. */
export const ENV_FILE = '.env';

/** Settings holding a folder: relative values are resolved against the working directory (env) or the YAML file's folder. */
export const PATH_SETTINGS = ['knowledgeDir', 'indexCacheDir', 'dataDir'] as const;

/** DATA_DIR when unset: `data` in the project folder (git-ignored), so the bot and `model-guide report` agree wherever they run from. */
export const DEFAULT_DATA_DIR = 'data';

/** INDEX_CACHE_DIR when unset: `.cache` in the project's own folder (git-ignored), wherever the process was started from. */
export const DEFAULT_INDEX_CACHE_DIR = '.cache';

export const dotted = (path: readonly (string | number | symbol)[]): string => path.map(String).join('.');

