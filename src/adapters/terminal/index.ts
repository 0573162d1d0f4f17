import { createInterface, type Interface } from 'node:readline';
import { DEFAULT_CONVERSATIONS } from '../shared/conversations.js';
import type { Adapter, AdapterDeps, AdapterStatus } from '../types.js';
import { DEFAULT_PROMPT, HELP_TEXT, parseLine } from './help.js';
import { renderResult } from './render.js';
import type { ChatScreen } from './screen.js';

export { greeting, HELP_TEXT } from './help.js';
export { renderAnswer, toPlainText } from './render.js';
export { createChatScreen, type ChatScreen } from './screen.js';

export interface TerminalConfig {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** Called once when the person leaves (exit, quit, Ctrl-D, Ctrl-C), not when the app stops the chat. */
  onExit?: () => void;
  /** Shown above the first prompt. */
  greeting?: string;
  /** Default DEFAULT_PROMPT. */
  prompt?: string;
  /** Earlier questions kept as context (default DEFAULT_CONVERSATIONS.maxTurns). */
  maxHistory?: number;
  /** Who is asking, for logs (default "local"). */
  userId?: string;
  /** Shared with the logger, so log lines print above the prompt instead of over it. */
  screen?: ChatScreen;
}

/**
 * The local chat: one conversation in the terminal, through the same ask flow as Slack and Discord
 * (platform "terminal"). Follow-ups carry the earlier questions; `help`, `new`, `exit` are commands.
 */
export function createTerminalAdapter(config: TerminalConfig, deps: AdapterDeps): Adapter {
  const log = deps.logger.child({ module: 'terminal' });
  const maxHistory = config.maxHistory ?? DEFAULT_CONVERSATIONS.maxTurns;
  let status: AdapterStatus = 'stopped';
  let rl: Interface | undefined;
  let loop: Promise<void> | undefined;
  let stoppedByApp = false;
  let history: string[] = [];
  let suggestions: string[] = [];

  const write = (text: string) => config.output.write(`${text}\n`);

  async function answer(question: string): Promise<void> {
    const result = await deps.flow.ask({ platform: 'terminal', userId: config.userId ?? 'local', text: question, history, channelKind: 'local' });
    write(`\n${renderResult(result)}\n`);
    if (result.type !== 'answer') return;
    history = [...history, question].slice(-maxHistory);
    suggestions = result.answer.suggestions;
  }

  async function run(lines: Interface): Promise<void> {
    for await (const line of lines) {
      config.screen?.busy();
      const command = parseLine(line);
      if (command?.type === 'exit') break;
      if (command?.type === 'help') write(`\n${HELP_TEXT}\n`);
      if (command?.type === 'new') {
        history = [];
        suggestions = [];
        write('Started a new conversation.\n');
      }
      if (command?.type === 'suggestion') {
        const picked = suggestions[command.index];
        if (picked) {
          write(`${config.prompt ?? DEFAULT_PROMPT}${picked}`);
          await deps.flow.track(answer(picked));
        } else {
          write(suggestions.length ? `Pick a number from 1 to ${suggestions.length}.\n` : 'There are no suggestions to pick from yet.\n');
        }
      }
      if (command?.type === 'question') await deps.flow.track(answer(command.text));
      lines.prompt();
      config.screen?.waiting(lines);
    }
  }

  return {
    name: 'terminal',
    routes: [],
    status: () => status,
    async start() {
      status = 'starting';
      const lines = createInterface({
        input: config.input,
        output: config.output,
        prompt: config.prompt ?? DEFAULT_PROMPT,
        terminal: Boolean(config.output.isTTY),
      });
      rl = lines;
      // Ctrl-C in the chat means "leave", like Ctrl-D: readline would otherwise just pause.
      lines.on('SIGINT', () => lines.close());
      if (config.greeting) write(config.greeting);
      write('');
      lines.prompt();
      config.screen?.waiting(lines);
      status = 'connected';
      loop = run(lines)
        .catch((error: unknown) => log.error({ err: error }, 'terminal chat failed'))
        .then(() => {
          config.screen?.busy();
          lines.close();
          status = 'stopped';
          if (stoppedByApp) return;
          write('\nBye.');
          config.onExit?.();
        });
    },
    async stop() {
      stoppedByApp = true;
      rl?.close();
      await loop;
      status = 'stopped';
    },
  };
}
