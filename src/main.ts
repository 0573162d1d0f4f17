/**
 * `npm start`: parse the config, load the knowledge, serve HTTP, connect every configured platform,
 * or open the local terminal chat when none is configured. The only place that prints to the console.
 */
import { fileURLToPath } from 'node:url';
import { createTerminalAdapter, greeting } from './adapters/terminal/index.js';
import { loadConfig } from './app/config/index.js';
import { isAppError } from './app/errors.js';
import { createLogger, DEFAULT_LOG_LEVEL, DEFAULT_TERMINAL_LOG_LEVEL } from './app/logger.js';
import { createPlatformAdapters, messages, planRun, type PlatformFactories } from './app/platforms.js';
import { installShutdown } from './app/shutdown.js';
import { startApp, type App } from './app/start.js';

/** The folder holding package.json, dist/ and knowledge/ (this file runs from src/ or dist/). */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const parsed = loadConfig({ env: process.env, cwd: process.cwd(), projectRoot });
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`Configuration error: ${error}`);
    process.exit(1);
  }
  const { config } = parsed;
  const plan = planRun(config, { stdinIsTTY: Boolean(process.stdin.isTTY) });
  if (plan.mode === 'nothing') {
    console.error(plan.message);
    process.exit(1);
  }

  const terminal = plan.mode === 'terminal';
  // In the local chat, logs go to stderr so they never land in the middle of an answer.
  const logStream = terminal ? process.stderr : process.stdout;
  const logger = createLogger({
    level: config.logLevel ?? (terminal ? DEFAULT_TERMINAL_LOG_LEVEL : DEFAULT_LOG_LEVEL),
    pretty: Boolean(logStream.isTTY) && process.env.NODE_ENV !== 'production',
    secrets: config.secrets,
    destination: terminal ? 2 : 1,
  });

  let app: App | undefined;
  const shutdown = installShutdown({ stop: async () => app?.stop(), logger, exit: (code) => process.exit(code) });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void shutdown.shutdown('uncaught exception', 1);
  });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  if (terminal) console.log(messages.terminalHint);
  // Loaded once the config is known good, platform SDKs only when configured: a config error or the local chat need not wait for them.
  const { loadKnowledge } = await import('./knowledge/load/index.js');
  const { createGuide } = await import('./core/index.js');
  const unused = () => {
    throw new Error('platform not configured');
  };
  const factories: PlatformFactories = {
    slack: plan.mode === 'platforms' && plan.slack ? (await import('./adapters/slack/index.js')).createSlackAdapter : unused,
    discord: plan.mode === 'platforms' && plan.discord ? (await import('./adapters/discord/index.js')).createDiscordAdapter : unused,
  };
  try {
    app = await startApp(config, {
      logger,
      loadKnowledge,
      createGuide,
      createAdapters: (deps, knowledge) =>
        plan.mode === 'terminal'
          ? [
              createTerminalAdapter(
                {
                  input: process.stdin,
                  output: process.stdout,
                  greeting: greeting(knowledge),
                  onExit: () => void shutdown.shutdown('terminal chat closed'),
                },
                deps,
              ),
            ]
          : createPlatformAdapters(plan, deps, factories),
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    logger.flush();
    console.error(error.message);
    process.exit(1);
  }
}

await main();
