/** Bolt, the Web API client and the Socket Mode client log through this bridge into our pino logger. */
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';

type Method = 'debug' | 'info' | 'warn' | 'error';

function levelOf(log: Logger): LogLevel {
  if (log.isLevelEnabled('debug')) return LogLevel.DEBUG;
  if (log.isLevelEnabled('info')) return LogLevel.INFO;
  if (log.isLevelEnabled('warn')) return LogLevel.WARN;
  return LogLevel.ERROR;
}

/** A @slack/logger Logger writing to `log`; the level stays pino's (Bolt's setLevel is ignored). */
export function createBoltLogger(log: Logger): SlackLogger {
  const write = (method: Method) => (...args: unknown[]) => {
    const err = args.find((a): a is Error => a instanceof Error);
    const text = args
      .filter((a) => a !== err)
      .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
      .join(' ');
    if (err) log[method]({ err }, text || err.message);
    else log[method](text);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {},
    getLevel: () => levelOf(log),
    setName: () => {},
  };
}
