import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/app/platforms.js';
import { startCommand } from './process.js';

// Cursor moves, colours and carriage returns that readline writes to a real terminal.
const plain = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** What `npm start` runs, in a pseudo-terminal (util-linux `script`), with no platform configured. */
function terminalSession(env: Record<string, string> = {}) {
  const child = spawn('script', ['-qfec', startCommand.map(quote).join(' '), '/dev/null'], {
    cwd: mkdtempSync(join(tmpdir(), 'model-guide-chat-')),
    // PORT=0: any free port, so the chat starts even where 3000 is taken; the report goes to a temp folder, not the checkout.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'model-guide-data-')), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let read = 0;
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    screen += plain(String(chunk));
    listeners.forEach((l) => l());
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  /** Resolves with the output since the last call, once it matches. */
  const until = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within 20 s; screen:\n${screen}`)), 20_000);
      const check = () => {
        const fresh = screen.slice(read);
        const match = pattern.exec(fresh);
        if (!match) return;
        clearTimeout(timer);
        listeners.delete(check);
        read += match.index + match[0].length;
        resolve(fresh.slice(0, match.index + match[0].length));
      };
      listeners.add(check);
      void exited.then(() => reject(new Error(`exited before ${pattern}; screen:\n${screen}`)));
      check();
    });
  return { child, until, exited, type: (line: string) => child.stdin.write(`${line}\r`), screen: () => screen };
}

describe('local chat in a terminal', () => {
  it('answers a question with sources, keeps the context for a follow-up, and exits 0 on "exit"', { timeout: 60_000 }, async () => {
    const chat = terminalSession();
    try {
      const opening = await chat.until(/you › /);
      expect(opening).toContain(messages.terminalHint);
      expect(opening).toMatch(/Model Guide: ask about AI models \(knowledge: \d+ documents, \d+ passages\)\./);

      chat.type('What is Gemini 2.5 Pro?');
      const first = await chat.until(/\nyou › /);
      expect(first).toContain('Gemini 2.5 Pro is a');
      expect(first).toMatch(/\nSources:\n {2}Model catalog › Gemini 2\.5 Pro \(models\.yaml\)/);

      // Alone, "How much does it cost?" gets the general cost overview: only the context makes "it" Gemini 2.5 Pro.
      chat.type('How much does it cost?');
      const followUp = await chat.until(/\nyou › /);
      expect(followUp).toContain('Gemini 2.5 Pro costs $1.25 per 1M input tokens');
      expect(followUp).not.toContain('**');

      chat.type('help');
      expect(await chat.until(/\nyou › /)).toContain('exit, quit   leave (or press Ctrl-D)');

      chat.type('exit');
      await chat.until(/Bye\./);
      expect(await chat.exited).toBe(0);
    } finally {
      chat.child.kill();
    }
  });

  it('leaves with status 0 on Ctrl-D', { timeout: 60_000 }, async () => {
    const chat = terminalSession();
    try {
      await chat.until(/you › /);
      chat.child.stdin.write('\x04');
      await chat.until(/Bye\./);
      expect(await chat.exited).toBe(0);
    } finally {
      chat.child.kill();
    }
  });

  it('has no rate limit for its one user, whatever RATE_LIMIT_PER_MINUTE says', { timeout: 60_000 }, async () => {
    const chat = terminalSession({ RATE_LIMIT_PER_MINUTE: '1' });
    try {
      await chat.until(/you › /);
      for (const question of ['What is LoRA?', 'What is a GAN?', 'What is LoRA?']) {
        chat.type(question);
        const answer = await chat.until(/\nyou › /);
        expect(answer).not.toMatch(/try again in/i);
        expect(answer).toContain('Sources:');
      }
    } finally {
      chat.child.kill();
    }
  });

  it('prints a reload error above the prompt and draws the prompt again with what was being typed', { timeout: 60_000 }, async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'model-guide-chat-kb-'));
    mkdirSync(join(knowledge, 'notes'));
    writeFileSync(join(knowledge, 'notes', 'zorblax.md'), '# Zorblax\n\nA **Zorblax** is a small model for sorting socks.\n');
    const chat = terminalSession({ KNOWLEDGE_DIR: knowledge });
    try {
      await chat.until(/you › /);
      chat.child.stdin.write('what is a zor');
      await chat.until(/what is a zor/);
      writeFileSync(join(knowledge, 'models.yaml'), 'models:\n  - name: Broken\n    context_window: lots\n');
      const shown = await chat.until(/knowledge reload failed[\s\S]*?\nyou › what is a zor/);
      expect(shown).toContain('models.yaml');
      // The typing survives the redraw: finishing the line asks the whole question.
      chat.type('blax?');
      expect(await chat.until(/\nyou › /)).toContain('sorting socks');
    } finally {
      chat.child.kill();
    }
  });
});
