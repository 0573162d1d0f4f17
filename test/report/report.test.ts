import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openReportStore, reportFile } from '../../src/report/open.js';
import { questionKey } from '../../src/report/question-key.js';
import { createRecorder, type Recorder, type UnansweredOutcome } from '../../src/report/recorder.js';
import { buildReport } from '../../src/report/summary.js';

const silent = pino({ level: 'silent' });
const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'report-test-'));
  dirs.push(dir);
  return dir;
}

const DAY = 86_400_000;

/** What the front door reports for one answer: its count, and when it is "I don't know", the question. */
function answer(recorder: Recorder, outcome: Omit<UnansweredOutcome, 'kind'> & { answered: boolean; kind: string }): void {
  const { answered, ...rest } = outcome;
  recorder.counted({ answered, kind: outcome.kind, ...(outcome.at ? { at: outcome.at } : {}) });
  if (!answered) recorder.unanswered(rest);
}
const T0 = Date.parse('2026-03-10T09:00:00Z');

describe('grouping questions worded alike', () => {
  it('gives the same key to the same question in other words, and different keys to different questions', () => {
    expect(questionKey("What's the weather in Paris?")).toBe(questionKey('what is the weather in paris'));
    expect(questionKey('Tell me the weather in Paris, please!')).toBe(questionKey('weather in Paris'));
    expect(questionKey('Recipes for lasagne?')).toBe(questionKey('a recipe for lasagne'));
    expect(questionKey('weather in Paris')).not.toBe(questionKey('weather in Rome'));
  });
});

describe('the owners\' report', () => {
  it('keeps unanswered questions and 👎 votes in SQLite under DATA_DIR, across a restart', async () => {
    const dir = await dataDir();
    let now = T0;
    const first = await openReportStore({ dataDir: dir });
    const recorder = createRecorder({ store: first, logger: silent, recordQuestions: true, now: () => now });
    answer(recorder, { platform: 'slack', channelKind: 'channel', question: "What's the weather in Paris?", answered: false, kind: 'no_answer', sources: [] });
    answer(recorder, { platform: 'slack', channelKind: 'dm', question: 'what is LoRA?', answered: true, kind: 'definition', sources: ['concepts/lora.md#1'] });
    now += DAY;
    answer(recorder, { platform: 'discord', channelKind: 'thread', question: 'what is the weather in paris', answered: false, kind: 'no_answer', sources: [] });
    recorder.voted({ platform: 'slack', channelKind: 'thread', vote: 'down', question: 'what is LoRA?', kind: 'definition', sources: ['concepts/lora.md#1'], answer: 'LoRA is a way to…' });
    recorder.voted({ platform: 'slack', vote: 'up', question: 'what is LoRA?', sources: [] });
    await recorder.flush();
    await first.close();

    const reopened = await openReportStore({ dataDir: dir }, { readonly: true });
    const report = buildReport(await reopened.read(T0 - DAY), { sinceMs: T0 - DAY, nowMs: now });
    await reopened.close();
    expect(report.unanswered).toEqual([
      {
        key: questionKey('weather in Paris'),
        question: 'what is the weather in paris',
        alsoAsked: ["What's the weather in Paris?"],
        count: 2,
        lastAt: T0 + DAY,
        platforms: ['discord', 'slack'],
        channelKinds: ['channel', 'thread'],
      },
    ]);
    expect(report.disliked).toEqual([
      { answer: 'LoRA is a way to…', sources: ['concepts/lora.md#1'], count: 1, questions: ['what is LoRA?'], lastAt: T0 + DAY, platforms: ['slack'] },
    ]);
    expect(report.days).toEqual([
      { day: '2026-03-09', answered: 0, unanswered: 0, questions: 0, answeredRate: null },
      { day: '2026-03-10', answered: 1, unanswered: 1, questions: 2, answeredRate: 0.5 },
      { day: '2026-03-11', answered: 0, unanswered: 1, questions: 1, answeredRate: 0 },
    ]);
    expect(report.totals).toEqual({ questions: 3, answered: 1, unanswered: 2, answeredRate: 0.333, downVotes: 1 });
  });

  it('keeps only a hash of each question with RECORD_QUESTIONS=false, and still groups them', async () => {
    const dir = await dataDir();
    const store = await openReportStore({ dataDir: dir });
    const recorder = createRecorder({ store, logger: silent, recordQuestions: false, now: () => T0 });
    for (const question of ['Any lasagne recipe?', 'a recipe for lasagne']) {
      answer(recorder, { platform: 'slack', channelKind: 'channel', question, answered: false, kind: 'no_answer', sources: [] });
    }
    await recorder.flush();
    const report = buildReport(await store.read(0), { sinceMs: T0, nowMs: T0 });
    await store.close();
    expect(report.questionsRecorded).toBe(false);
    expect(report.unanswered).toMatchObject([{ key: questionKey('lasagne recipe'), count: 2, alsoAsked: [] }]);
    expect(report.unanswered[0]).not.toHaveProperty('question');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(reportFile(dir)).toString('latin1')).not.toMatch(/lasagne/i);
  });

  it('forgets what is older than 30 days', async () => {
    const dir = await dataDir();
    const old = await openReportStore({ dataDir: dir });
    const recorder = createRecorder({ store: old, logger: silent, recordQuestions: true, now: () => T0 });
    answer(recorder, { platform: 'slack', question: 'weather?', answered: false, kind: 'no_answer', sources: [] });
    await recorder.flush();
    await old.close();
    const { openSqliteReport } = await import('../../src/report/sqlite-store.js');
    const later = openSqliteReport(reportFile(dir), { now: () => T0 + 31 * DAY });
    expect(await later.read(0)).toEqual({ events: [], days: [] });
    await later.close();
  });

  it('reads nothing, and creates no file, before anything was recorded', async () => {
    const dir = await dataDir();
    const store = await openReportStore({ dataDir: dir }, { readonly: true });
    expect(store.location).toMatch(/report\.sqlite \(nothing recorded yet\)$/);
    expect(await store.read(0)).toEqual({ events: [], days: [] });
    const { existsSync } = await import('node:fs');
    expect(existsSync(reportFile(dir))).toBe(false);
  });

  it('never lets a failing store reach the answer: the failure is logged', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const broken = { location: 'broken', append: async () => Promise.reject(new Error('disk full')), count: async () => Promise.reject(new Error('disk full')), read: async () => ({ events: [], days: [] }), close: async () => {} };
    const recorder = createRecorder({ store: broken, logger, recordQuestions: true });
    expect(() => answer(recorder, { platform: 'slack', question: 'q', answered: false, kind: 'no_answer', sources: [] })).not.toThrow();
    await recorder.flush();
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["could not record an answer for the owners' report"]);
  });
});
