/**
 * The owners' report end to end: the real app with the real Slack adapter (HTTP mode) against the
 * local fake Slack, the real core over the default knowledge; questions it cannot answer and a 👎
 * click, a restart, then `model-guide report --json` reading what the bot kept under DATA_DIR.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/index.js';
import { startApp, type App } from '../../src/app/start.js';
import { createGuide } from '../../src/core/index.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';
import { reportFile } from '../../src/report/open.js';
import { buttonsOf, httpSlackConfig, signature } from '../adapters/slack/helpers/harness.js';
import { fixture, startFakeSlack, type FakeSlack } from '../adapters/slack/helpers/fake-slack.js';
import { captureLogger, testConfig } from './helpers.js';
import { projectRoot, runToEnd } from './process.js';

const KNOWLEDGE = join(projectRoot, 'knowledge');
/** `model-guide report`, as installed (bin/model-guide.js). */
const REPORT_COMMAND = [process.execPath, join(projectRoot, 'bin', 'model-guide.js'), 'report'];
const UNANSWERABLE = {
  channel: "What's the weather in Paris tomorrow?",
  dm: 'Can you give me a recipe for lasagne?',
  command: 'How do I bake sourdough bread at home?',
};
const ANSWERABLE = 'What is a diffusion model?';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function startBot(fake: FakeSlack, dataDir: string, recordQuestions: boolean): Promise<App> {
  const config = testConfig(KNOWLEDGE, { dataDir, recordQuestions, slack: httpSlackConfig(fake.apiUrl) });
  return startApp(config, {
    logger: captureLogger([], 'warn').logger,
    loadKnowledge,
    createGuide,
    processMetrics: false,
    createAdapters: (deps) => [createSlackAdapter(config.slack!, deps)],
  });
}

/** Posts to the bot's /slack/events as Slack does: signed, form- or JSON-encoded. */
async function deliver(app: App, body: string, contentType: string): Promise<number> {
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await fetch(`http://127.0.0.1:${app.address.port}/slack/events`, {
    method: 'POST',
    body,
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(body, timestamp) },
  });
  await res.text();
  return res.status;
}
const event = (app: App, body: object) => deliver(app, JSON.stringify(body), 'application/json');
const form = (app: App, fields: Record<string, string>) => deliver(app, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');

let seq = 0;
function messageEvent(kind: 'app-mention' | 'message-im', text: string, channel: string) {
  const body = fixture(kind);
  const ts = `${1_800_000_000 + ++seq}.000100`;
  body.event_id = `EvReport${seq}`;
  Object.assign(body.event, { text: kind === 'app-mention' ? `<@U0LAN0Z89> ${text}` : text, ts, event_ts: ts, channel });
  return { body, ts };
}

/** Three questions the knowledge cannot answer (a channel mention, a DM, a slash command), one it can, and 👎 on that answer. */
async function askAndVote(app: App, fake: FakeSlack): Promise<{ answerText: string; sources: string[] }> {
  const inChannel = messageEvent('app-mention', UNANSWERABLE.channel, 'C0REPORT1');
  expect(await event(app, inChannel.body)).toBe(200);
  await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === inChannel.ts, 'the answer in the channel');
  const inDm = messageEvent('message-im', UNANSWERABLE.dm, 'D0REPORT1');
  expect(await event(app, inDm.body)).toBe(200);
  await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'D0REPORT1', 'the answer in the DM');
  const command = { ...fixture<Record<string, string>>('slash-command'), text: UNANSWERABLE.command, response_url: fake.responseUrl(`cmd${++seq}`), trigger_id: `trg${seq}` };
  expect(await form(app, command)).toBe(200);
  await fake.waitForResponse((r) => r.id === `cmd${seq}`, 'the slash-command answer');

  const asked = messageEvent('app-mention', ANSWERABLE, 'C0REPORT2');
  expect(await event(app, asked.body)).toBe(200);
  const answer = await fake.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === asked.ts, 'the answer to vote on');
  const down = buttonsOf(answer.args.blocks).find((b) => b.action_id === 'feedback_down')!;
  const payload = fixture('block-actions');
  const clickId = `act${++seq}`;
  Object.assign(payload, {
    response_url: fake.responseUrl(clickId),
    channel: { id: 'C0REPORT2', name: 'ai-questions' },
    container: { type: 'message', message_ts: answer.response!.ts, channel_id: 'C0REPORT2', is_ephemeral: false, thread_ts: asked.ts },
    message: { type: 'message', subtype: 'bot_message', text: answer.args.text, blocks: answer.args.blocks, ts: answer.response!.ts, thread_ts: asked.ts, bot_id: 'B0LAN0Z89' },
    actions: [{ action_id: down.action_id, block_id: 'answer_actions', value: down.value, type: 'button', text: { type: 'plain_text', text: '👎' }, action_ts: `${Date.now() / 1000}` }],
  });
  expect(await form(app, { payload: JSON.stringify(payload) })).toBe(200);
  await fake.waitForResponse((r) => r.id === clickId, 'the thanks for the vote');
  return { answerText: String(answer.args.text), sources: (JSON.parse(down.value) as { s: string[] }).s };
}

async function scenario(recordQuestions: boolean) {
  const fake = await startFakeSlack();
  cleanup.push(() => fake.close());
  const dataDir = mkdtempSync(join(tmpdir(), 'model-guide-report-'));
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));

  const first = await startBot(fake, dataDir, recordQuestions);
  const voted = await askAndVote(first, fake).finally(() => first.stop());
  // A restart: a new process would open the same file; this app reads and writes it again.
  const second = await startBot(fake, dataDir, recordQuestions);
  expect(second.readiness().status).toBe('ready');
  await second.stop();

  const run = await runToEnd([...REPORT_COMMAND, '--json', '--since', '1d'], { cwd: dataDir, env: { DATA_DIR: dataDir } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { voted, dataDir, stdout: run.stdout, report: JSON.parse(run.stdout) as Record<string, any> };
}

describe("the owners' report, through the real Slack adapter", () => {
  it('lists the unanswered questions and the 👎 answer after a restart, with where they were asked', { timeout: 60_000 }, async () => {
    const { report, voted } = await scenario(true);
    expect(report.location).toBe('report.sqlite'); // DATA_DIR/report.sqlite, shown relative to where the command ran
    expect(report.unanswered.map((q: any) => [q.question, q.count, q.platforms, q.channelKinds])).toEqual(
      expect.arrayContaining([
        [UNANSWERABLE.channel, 1, ['slack'], ['channel']],
        [UNANSWERABLE.dm, 1, ['slack'], ['dm']],
        [UNANSWERABLE.command, 1, ['slack'], ['command']],
      ]),
    );
    expect(report.unanswered).toHaveLength(3);
    expect(report.disliked).toHaveLength(1);
    expect(report.disliked[0]).toMatchObject({ count: 1, questions: [ANSWERABLE], platforms: ['slack'], sources: voted.sources });
    // The answer as the core wrote it (Markdown); Slack showed the same words as mrkdwn.
    const words = (text: string) => text.replace(/[*_]/g, '');
    expect(words(report.disliked[0].answer)).toBe(words(voted.answerText));
    expect(voted.sources.length).toBeGreaterThan(0);
    expect(report.totals).toEqual({ questions: 4, answered: 1, unanswered: 3, answeredRate: 0.25, downVotes: 1 });
    expect(report.days.at(-1)).toMatchObject({ questions: 4, answered: 1, unanswered: 3 });
  });

  it('keeps only hashes of the questions with RECORD_QUESTIONS=false', { timeout: 60_000 }, async () => {
    const { report, stdout, dataDir } = await scenario(false);
    expect(report.questionsRecorded).toBe(false);
    expect(report.unanswered).toHaveLength(3);
    for (const q of report.unanswered) {
      expect(q).not.toHaveProperty('question');
      expect(q.key).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(report.disliked[0].questions).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
    for (const text of [...Object.values(UNANSWERABLE), ANSWERABLE]) {
      expect(stdout).not.toContain(text);
      expect(readFileSync(reportFile(dataDir)).toString('utf8')).not.toContain(text);
    }
  });
});
