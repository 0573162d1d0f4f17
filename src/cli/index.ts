/**
 * The `model-guide` command line (bin/model-guide.js loads this): `model-guide [command] [options]`.
 * Each command module exports `run(args)`, resolving to the exit status; `start` runs the bot until it stops.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAM } from './args.js';

interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number | void>;
}

const COMMANDS: Record<string, Command> = {
  start: {
    usage: 'start',
    summary: 'run the bot: on Slack and Discord when configured, else a local chat in this terminal (the default)',
    run: async (args) => (await import('../main.js')).runBot(args),
  },
  ask: {
    usage: 'ask "question"',
    summary: 'answer one question, or one per line of standard input with --batch (--json for JSON)',
    run: async (args) => (await import('./ask.js')).run(args),
  },
  'kb:check': {
    usage: 'kb:check [DIR]',
    summary: 'check a knowledge folder: what it holds and every problem, as file:line: message',
    run: async (args) => (await import('./kb-check.js')).run(args),
  },
  'kb:build': {
    usage: 'kb:build [DIR]',
    summary: 'build the search index and save it, so the next start-up loads it instead',
    run: async (args) => (await import('./kb-build.js')).run(args),
  },
  report: {
    usage: 'report [--since 7d] [--json]',
    summary: "the owners' report: top unanswered questions, most 👎'd answers, answered rate per day",
    run: async (args) => (await import('./report.js')).run(args),
  },
  'discord:register': {
    usage: 'discord:register',
    summary: 'register the /ask slash command with Discord (once per deploy)',
    run: async (args) => (await import('./discord-register.js')).run(args),
  },
};

function help(): string {
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length)) + 2;
  return [
    `usage: ${PROGRAM} [command] [options]`,
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(width)}${c.summary}`),
    `  ${'help [command]'.padEnd(width)}this help, or a command's`,
    '',
    `\`${PROGRAM} COMMAND --help\` shows a command's options. Every setting is an environment variable:`,
    'see "Configuration" in the README and .env.example. In a checkout, `npm run --silent COMMAND -- …` is the same.',
  ].join('\n');
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Output read by another program (`| head -1`) may stop early: that ends the command quietly, with status 0. */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(0);
    });
  }
}

/** Runs `model-guide ARGS…`; sets process.exitCode when the command finishes. */
export async function runCli(argv: string[]): Promise<void> {
  const [name = 'start', ...rest] = argv;
  if (name === 'start') return void (await COMMANDS.start!.run(rest));
  exitQuietlyOnClosedPipe();
  const write = (text: string) => process.stdout.write(`${text}\n`);
  if (name === '--help' || name === '-h') return void write(help());
  if (name === '--version' || name === '-v') return void write(version());
  if (name === 'help') {
    const topic = rest[0] ? COMMANDS[rest[0]] : undefined;
    if (rest[0] && !topic) {
      process.stderr.write(`${PROGRAM}: no command "${rest[0]}".\n\n${help()}\n`);
      process.exitCode = 2;
      return;
    }
    return void (topic ? await topic.run(['--help']) : write(help()));
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`${PROGRAM}: unknown command "${name}".\n\n${help()}\n`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = (await command.run(rest)) ?? 0;
}
