import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createFrontDoor } from '../../../src/bot/index.js';
import { createMemoryStore } from '../../../src/state/memory-store.js';
import { createTerminalAdapter } from '../../../src/adapters/terminal/index.js';
import { captureLogger, fakeGuide, gate } from '../../app/helpers.js';

function chat() {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += String(chunk)));
  const guide = fakeGuide();
  const { logger } = captureLogger();
  const flow = createFrontDoor({ guide, logger, store: createMemoryStore() });
  const left = gate();
  const adapter = createTerminalAdapter({ input, output, greeting: 'Hello from the guide.', onExit: left.open }, { frontDoor: flow, logger });
  /** Types lines, then waits until the chat has answered and prompted after each. */
  const type = async (...lines: string[]) => {
    for (const line of lines) {
      const prompts = text.split('you › ').length;
      input.write(`${line}\n`);
      // A picked suggestion is echoed after a prompt before it is answered: wait for answers in flight too.
      while ((text.split('you › ').length === prompts || flow.inFlight() > 0) && adapter.status() === 'connected') await new Promise((r) => setImmediate(r));
    }
  };
  return { adapter, input, guide, left, type, output: () => text, flow };
}

describe('terminal chat', () => {
  it('greets, answers with sources and follow-ups, and prompts again', async () => {
    const c = chat();
    await c.adapter.start();
    expect(c.adapter.status()).toBe('connected');
    await c.type('What is a reasoning model?');
    expect(c.output()).toBe(
      [
        'Hello from the guide.',
        '',
        'you › ',
        'guide answers "What is a reasoning model?"',
        '',
        'Sources:',
        '  Models › Reasoning (https://example.com/models)',
        '',
        'You could also ask (type the number):',
        '  1. How much does it cost?',
        '',
        'you › ',
      ].join('\n'),
    );
  });

  it('sends the earlier questions with a follow-up, and forgets them after "new"', async () => {
    const c = chat();
    await c.adapter.start();
    await c.type('What is a reasoning model?', 'How much does it cost?');
    expect(c.guide.asked.map((q) => q.history)).toEqual([[], ['What is a reasoning model?']]);
    expect(c.output()).toContain('guide answers "How much does it cost?" after What is a reasoning model?');
    await c.type('new', 'What is GAN?');
    expect(c.output()).toContain('Started a new conversation.');
    expect(c.guide.asked.at(-1)?.history).toEqual([]);
  });

  it('asks a suggested follow-up when its number is typed', async () => {
    const c = chat();
    await c.adapter.start();
    await c.type('What is a reasoning model?', '1');
    expect(c.guide.asked.map((q) => q.text)).toEqual(['What is a reasoning model?', 'How much does it cost?']);
    await c.type('7');
    expect(c.output()).toContain('Pick a number from 1 to 1.');
  });

  it('shows the help on "help" without asking the guide', async () => {
    const c = chat();
    await c.adapter.start();
    await c.type('help');
    expect(c.output()).toContain('Commands:\n  help         show this help');
    expect(c.guide.asked).toEqual([]);
  });

  it('says goodbye and reports the exit on "exit"', async () => {
    const c = chat();
    await c.adapter.start();
    c.input.write('exit\n');
    await c.left.promise;
    expect(c.output().endsWith('\nBye.\n')).toBe(true);
    expect(c.adapter.status()).toBe('stopped');
  });

  it('reports the exit when input ends (Ctrl-D)', async () => {
    const c = chat();
    await c.adapter.start();
    c.input.end();
    await c.left.promise;
    expect(c.adapter.status()).toBe('stopped');
  });

  it('stops quietly when the app stops it', async () => {
    const c = chat();
    let exited = false;
    void c.left.promise.then(() => (exited = true));
    await c.adapter.start();
    await c.adapter.stop();
    await new Promise((r) => setImmediate(r));
    expect(c.adapter.status()).toBe('stopped');
    expect(exited).toBe(false);
    expect(c.output()).not.toContain('Bye.');
  });

  it('shows the front door\'s message when a question is refused', async () => {
    const c = chat();
    await c.adapter.start();
    c.flow.stopAccepting();
    await c.type('What is a reasoning model?');
    expect(c.output()).toContain('Model Guide is restarting right now. Please ask again in a moment.');
  });
});
