import { randomUUID } from 'node:crypto';
import { createInterface, type Interface } from 'node:readline';
import type { Adapter, AdapterDeps, AdapterStatus } from '../types.js';
import { DEFAULT_PROMPT, parseLine } from './help.js';
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
  /** Who is asking, for logs (default "local"). */
  userId?: string;
  /** Shared with the logger, so log lines print above the prompt instead of over it. */
  screen?: ChatScreen;
}

/**
 * The local chat: one conversation at a time in the terminal, through the same front door as Slack and
 * Discord (platform "terminal"). Follow-ups carry the earlier questions; `new`, `exit` and the
 * suggestion numbers are the chat's own commands.
 */
export function createTerminalAdapter(config: TerminalConfig, deps: AdapterDeps): Adapter {
  const log = deps.logger.child({ module: 'terminal' });
  const door = deps.frontDoor.forPlatform('terminal');
  // A conversation key of this chat alone: a shared store must not continue another run's chat.
  const session = randomUUID().slice(0, 8);
  let conversation = 1;
  let status: AdapterStatus = 'stopped';
  let rl: Interface | undefined;
  let loop: Promise<void> | undefined;
  let stoppedByApp = false;
  let suggestions: string[] = [];

  const write = (text: string) => config.output.write(`${text}\n`);

  function answer(question: string): Promise<void> {
    return door.handle(
      {},
      async () => {
        const result = await door.ask({ userId: config.userId ?? 'local', text: question, conversation: `${session}:${conversation}`, context: { channelKind: 'local' } });
        write(`\n${renderResult(result)}\n`);
        if (result.type === 'answer') suggestions = result.answer.suggestions;
      },
      async (apology) => write(`\n${apology}\n`),
    );
  }

  async function run(lines: Interface): Promise<void> {
    for await (const line of lines) {
      config.screen?.busy();
      const command = parseLine(line);
      if (command?.type === 'exit') break;
      if (command?.type === 'new') {
        conversation += 1;
        suggestions = [];
        write('Started a new conversation.\n');
      }
      if (command?.type === 'suggestion') {
        const picked = suggestions[command.index];
        if (picked) {
          write(`${config.prompt ?? DEFAULT_PROMPT}${picked}`);
          await answer(picked);
        } else {
          write(suggestions.length ? `Pick a number from 1 to ${suggestions.length}.\n` : 'There are no suggestions to pick from yet.\n');
        }
      }
      if (command?.type === 'question') await answer(command.text);
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
