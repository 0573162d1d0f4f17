import { Writable } from 'node:stream';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config/index.js';

export type { Logger } from 'pino';

/** LOG_LEVEL when unset. */
export const DEFAULT_LOG_LEVEL: LogLevel = 'info';
/** LOG_LEVEL when unset and the local terminal chat runs: answer logs would interleave with the chat. */
export const DEFAULT_TERMINAL_LOG_LEVEL: LogLevel = 'warn';
export const REDACTED = '[redacted]';

const secretKeys = ['token', 'botToken', 'appToken', 'signingSecret', 'secret', 'password', 'authorization', 'cookie'];
const secretHeaders = ['authorization', 'cookie', '"x-slack-signature"', '"x-signature-ed25519"'];

/** Key paths redacted wherever they appear up to three levels deep (pino's `*` matches one level). */
export const REDACT_PATHS = [
  ...secretKeys.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]),
  ...secretHeaders.flatMap((h) => [`headers[${h}]`, `*.headers[${h}]`, `*.*.headers[${h}]`]),
];

export interface LoggerConfig {
  level: LogLevel;
  /** Human-readable lines (pino-pretty) instead of JSON, for a terminal. */
  pretty: boolean;
  /** Colours in pretty output (default: when the destination is a TTY). */
  colorize?: boolean;
  /** Secret values scrubbed from every line, whatever key or message they hide in. */
  secrets: readonly string[];
  /** Where lines go: a stream, or a file descriptor (default 1, standard output). */
  destination?: Writable | number;
}

/** The one root logger; modules take `logger.child({ module })`. */
export function createLogger(config: LoggerConfig): Logger {
  const fd = typeof config.destination === 'number' ? config.destination : undefined;
  const stream: DestinationStream = config.pretty
    ? pretty({
        destination: config.destination ?? 1,
        colorize: config.colorize ?? (fd !== undefined && isTty(fd)),
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,app',
        sync: true,
      })
    : config.destination instanceof Writable
      ? config.destination
      : pino.destination({ dest: fd ?? 1, sync: true });
  return pino(
    {
      level: config.level,
      base: { app: 'model-guide' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: createScrubber(config.secrets) },
    },
    stream,
  );
}

/** Replaces each secret value (raw and JSON-escaped) with a marker, wherever it sits in the line. */
export function createScrubber(secrets: readonly string[]): (line: string) => string {
  const needles = [...new Set(secrets.filter((s) => s.length >= 4).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))]
    .sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (line) => line;
  return (line) => {
    let out = line;
    for (const needle of needles) if (out.includes(needle)) out = out.split(needle).join(REDACTED);
    return out;
  };
}

function isTty(fd: number): boolean {
  return (fd === 1 && process.stdout.isTTY) || (fd === 2 && process.stderr.isTTY) || false;
}
