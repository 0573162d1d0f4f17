/**
 * `npm start` (`model-guide start`, `node dist/main.js`): parse the config, load the knowledge, serve
 * HTTP, connect every configured platform, or open the local terminal chat when none is configured.
 * With the CLI commands, the only place that prints to the console.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createChatScreen, createTerminalAdapter, greeting } from './adapters/terminal/index.js';
import { loadConfig } from './app/config/index.js';
import { isAppError } from './app/errors.js';
import { createLogger, DEFAULT_LOG_LEVEL, DEFAULT_TERMINAL_LOG_LEVEL } from './app/logger.js';
import { configForRun, createPlatformAdapters, messages, planRun, type PlatformFactories } from './app/platforms.js';
import { installShutdown } from './app/shutdown.js';
import { startApp, type App } from './app/start.js';

/** The folder holding package.json, dist/ and knowledge/ (this file runs from src/ or dist/). */
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const HELP = `usage: model-guide start   (or: npm start, node dist/main.js)

Runs Model Guide: on Slack when SLACK_BOT_TOKEN is set (with SLACK_SIGNING_SECRET for HTTP mode, or
SLACK_APP_TOKEN for Socket Mode), on Discord when DISCORD_TOKEN is set, both at once when both are.
With neither, a local chat in this terminal (HEADLESS=true serves only the HTTP endpoints instead).
It takes no options: every setting is an environment variable (a .env file in the working directory
is read too) or a key in model-guide.yaml. See "Configuration" in the README and .env.example.

Options:
  -h, --help   this help`;

/** Runs the bot until it is stopped; `args` may only ask for the help. */
export async function runBot(args: readonly string[]): Promise<void> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    console.log(HELP);
    return;
  }
  if (args.length > 0) {
    console.error(`model-guide start: unexpected argument ${JSON.stringify(args[0])}: settings are environment variables, not options.\nRun \`model-guide start --help\` for more.`);
    process.exitCode = 2;
    return;
  }
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
  // In the local chat, logs go to stderr so they never land in the middle of an answer, and above the
  // prompt (drawn again below them) rather than over it.
  const logStream = terminal ? process.stderr : process.stdout;
  const screen = terminal ? createChatScreen(process.stdout, process.stderr) : undefined;
  const logger = createLogger({
    level: config.logLevel ?? (terminal ? DEFAULT_TERMINAL_LOG_LEVEL : DEFAULT_LOG_LEVEL),
    pretty: Boolean(logStream.isTTY) && process.env.NODE_ENV !== 'production',
    colorize: Boolean(logStream.isTTY),
    secrets: config.secrets,
    destination: screen ? screen.logs : 1,
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
    app = await startApp(configForRun(config, plan), {
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
                  screen,
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

/** True when this file is the program node was started with (`node dist/main.js`), not imported by the CLI. */
function isEntryPoint(): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runBot(process.argv.slice(2));
