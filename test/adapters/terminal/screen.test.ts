import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createChatScreen } from '../../../src/adapters/terminal/screen.js';

const plain = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** One terminal, written by two streams (stdout for the chat, stderr for logs), recording what it receives in order. */
function terminal(tty = { chat: true, logs: true }) {
  let received = '';
  const stream = (isTTY: boolean) =>
    Object.assign(new Writable({ write: (chunk, _encoding, done) => ((received += String(chunk)), done()) }), { isTTY, columns: 80, rows: 24 });
  const chat = stream(tty.chat);
  const input = new PassThrough();
  const rl = createInterface({ input, output: chat, prompt: 'you › ', terminal: tty.chat });
  const screen = createChatScreen(chat, stream(tty.logs));
  const log = (line: string) => new Promise<void>((resolve) => screen.logs.write(`${line}\n`, () => resolve()));
  return { rl, input, screen, log, received: () => received, close: () => rl.close() };
}

describe('the chat screen', () => {
  it('prints a log line above a waiting prompt and draws the prompt again with what was typed', async () => {
    const t = terminal();
    t.rl.prompt();
    t.screen.waiting(t.rl);
    t.input.write('what is a ga');
    await new Promise((resolve) => setImmediate(resolve));
    const before = t.received().length;
    await t.log('WARN knowledge reload failed');
    const after = t.received().slice(before);
    // The prompt line is cleared first, so the log line does not continue it.
    expect(after.startsWith('\x1b[2K')).toBe(true);
    expect(plain(after)).toBe('WARN knowledge reload failed\nyou › what is a ga');
    expect(t.rl.line).toBe('what is a ga');
    t.close();
  });

  it('leaves log lines alone while the chat answers, and when the logs go elsewhere than the terminal', async () => {
    const busy = terminal();
    busy.rl.prompt();
    busy.screen.waiting(busy.rl);
    busy.screen.busy();
    const before = busy.received().length;
    await busy.log('INFO answer');
    expect(busy.received().slice(before)).toBe('INFO answer\n');
    busy.close();

    const redirected = terminal({ chat: true, logs: false });
    redirected.rl.prompt();
    redirected.screen.waiting(redirected.rl);
    const start = redirected.received().length;
    await redirected.log('WARN to a file');
    expect(redirected.received().slice(start)).toBe('WARN to a file\n');
    redirected.close();
  });
});
