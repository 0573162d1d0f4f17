import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AdapterDeps, Adapter, AdapterStatus } from '../../src/adapters/types.js';
import type { AppConfig } from '../../src/app/config/index.js';
import { createLogger, type Logger } from '../../src/app/logger.js';
import type { Answer, Guide, KnowledgeInfo, Question } from '../../src/core/types.js';
import type { KnowledgeBase, LoadProblem } from '../../src/knowledge/types.js';

export const fakeInfo = (over: Partial<KnowledgeInfo> = {}): KnowledgeInfo => ({
  documents: 3,
  passages: 12,
  models: 2,
  loadedAt: new Date('2026-01-02T03:04:05.000Z'),
  hash: 'hash-one',
  ...over,
});

/** A guide that answers every question with a line naming the question and its history. */
export function fakeGuide(info: KnowledgeInfo = fakeInfo(), label = 'guide'): Guide & { asked: Question[] } {
  const asked: Question[] = [];
  return {
    asked,
    info,
    ask(question): Answer {
      asked.push(question);
      return {
        question: question.text,
        kind: 'definition',
        answered: true,
        text: `${label} answers "${question.text}"${question.history?.length ? ` after ${question.history.join(' / ')}` : ''}`,
        sources: [{ id: 'models.md#1', title: 'Models', section: 'Reasoning', path: 'models.md', url: 'https://example.com/models' }],
        suggestions: ['How much does it cost?'],
      };
    },
  };
}

export function fakeKnowledgeBase(dir: string, problems: LoadProblem[] = []): KnowledgeBase {
  return { dir, documents: [], passages: [], models: [], synonyms: [], problems, loadedAt: new Date(), hash: 'hash-one' };
}

/** A temp folder with an (empty) knowledge folder inside. */
export function tempProject(): { root: string; knowledgeDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'model-guide-app-'));
  const knowledgeDir = join(root, 'knowledge');
  mkdirSync(knowledgeDir);
  return { root, knowledgeDir };
}

export function testConfig(knowledgeDir: string, over: Partial<AppConfig> = {}): AppConfig {
  return {
    knowledgeDir,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'info',
    logQuestions: false,
    rateLimit: { perUser: 10, windowMs: 60_000 },
    headless: false,
    slack: undefined,
    discord: undefined,
    secrets: [],
    ...over,
  };
}

/** A logger whose every line is kept (as text) for assertions. */
export function captureLogger(secrets: string[] = [], level: AppConfig['logLevel'] = 'debug'): { logger: Logger; lines: string[]; records: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: level ?? 'debug', pretty: false, secrets, destination });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

export interface Gate {
  promise: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * A platform double: `connected` gates start(); `ask` pushes a question through the front door (each in a
 * conversation of its own) and records the reply.
 */
export function fakeAdapter(deps: AdapterDeps, options: { name?: string; connected?: Promise<void>; beforeReply?: () => Promise<void> } = {}) {
  let status: AdapterStatus = 'stopped';
  let conversations = 0;
  const replies: string[] = [];
  const events: string[] = [];
  const adapter: Adapter & { ask(text: string, userId?: string): Promise<void>; replies: string[]; events: string[] } = {
    name: options.name ?? 'fake',
    routes: [],
    replies,
    events,
    status: () => status,
    async start() {
      status = 'starting';
      await options.connected;
      status = 'connected';
    },
    async stop() {
      events.push('adapter stopped');
      status = 'stopped';
    },
    ask(text, userId = 'U1') {
      const door = deps.frontDoor.forPlatform(adapter.name);
      const context = { channel: 'C1' };
      const record = (reply: string) => {
        replies.push(reply);
        events.push(`replied: ${reply}`);
      };
      return door.handle(
        context,
        async () => {
          const result = await door.ask({ userId, text, conversation: `C1:${++conversations}`, context });
          await options.beforeReply?.();
          record(result.type === 'answer' ? result.answer.text : result.type === 'help' ? 'help' : result.message);
        },
        async (apology) => record(apology),
      );
    },
  };
  return adapter;
}

/** Resolves after pending callbacks and I/O have run, so "has not happened yet" is a fair check. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));
