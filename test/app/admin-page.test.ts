/**
 * GET /admin in a real headless Chromium: it refuses without the admin token, and once the token is
 * entered shows the owners' report (lists and chart) and the knowledge's state. The report is kept
 * by the real recorder in SQLite, some of it written as if on earlier days.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app/start.js';
import { createGuide } from '../../src/core/index.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';
import { openReportStore } from '../../src/report/open.js';
import { createRecorder } from '../../src/report/recorder.js';
import { launchChromium, type Browser } from '../support/chromium.js';
import { captureLogger, testConfig } from './helpers.js';
import { projectRoot } from './process.js';

const TOKEN = 'admin-token-for-the-browser-test-5f3a';
const DAY = 86_400_000;
const HOSTILE = 'Is <script>alert("x")</script> the weather in Paris?';
const screenshots = join(projectRoot, 'test-results');

let app: App;
let browser: Browser;
let base: string;
let earlierUnanswered: number;
const cleanup: string[] = [];

/** Six earlier days of questions, as the recorder would have kept them then; returns how many went unanswered. */
async function seedEarlierDays(dataDir: string): Promise<number> {
  let unanswered = 0;
  const store = await openReportStore({ dataDir });
  const now = Date.now();
  for (let d = 6; d >= 1; d--) {
    const recorder = createRecorder({ store, logger: captureLogger([], 'silent').logger, recordQuestions: true, now: () => now - d * DAY });
    const questions = 6 + ((d * 7) % 9);
    for (let i = 0; i < questions; i++) {
      const answered = i % 4 !== 0 || d % 3 === 0;
      if (!answered) unanswered++;
      recorder.counted({ answered, kind: answered ? 'definition' : 'no_answer' });
      if (!answered) recorder.unanswered({ platform: i % 2 ? 'slack' : 'discord', channelKind: 'channel', question: 'Who will win the football cup next year?', kind: 'no_answer', sources: [] });
    }
    await recorder.flush();
  }
  await store.close();
  return unanswered;
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'model-guide-admin-'));
  cleanup.push(root);
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  earlierUnanswered = await seedEarlierDays(dataDir);
  const config = testConfig(join(projectRoot, 'knowledge'), { dataDir, adminToken: TOKEN });
  app = await startApp(config, { logger: captureLogger([], 'warn').logger, loadKnowledge, createGuide, processMetrics: false, createAdapters: () => [] });
  base = `http://127.0.0.1:${app.address.port}`;
  // Today, through the real front door: questions it cannot answer, one answered, and 👎 on that answer.
  const door = app.frontDoor.forPlatform('slack');
  let answerId = '';
  for (const [i, text] of ["What's the weather in Paris tomorrow?", 'what is the weather in paris tomorrow', 'Can you give me a recipe for lasagne?', HOSTILE, 'What is a diffusion model?'].entries()) {
    const result = await door.ask({ userId: 'U1', text, conversation: `C1:${i}`, context: { channelKind: 'thread' } });
    if (result.type === 'answer') answerId = result.answerId;
  }
  await door.vote({ answerId, vote: 'down', userId: 'U2', context: { channelKind: 'thread' } });
  await app.frontDoor.drain(2000);
  await app.report.recorder.flush();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('the /admin page in Chromium', () => {
  it('refuses without the token: a sign-in form, no data, and 401s', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${base}/admin`);
    expect(response?.status()).toBe(401);
    await expect(page.locator('input[name="token"]').count()).resolves.toBe(1);
    const text = await page.locator('body').innerText();
    expect(text).toContain('admin token');
    expect(text).not.toMatch(/Paris|lasagne|diffusion/);
    expect((await fetch(`${base}/admin/report.json`)).status).toBe(401);
    expect((await fetch(`${base}/admin`, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(401);

    await page.fill('input[name="token"]', 'a wrong guess entirely');
    await page.click('button[type="submit"]');
    await expect(page.locator('#login-error').innerText()).resolves.toBe('That is not the admin token.');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'admin-sign-in.png') });
    expect(await page.locator('#unanswered').count()).toBe(0);
    await page.close();
  });

  it('shows the lists, the chart and the knowledge once the token is entered, and remembers it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/admin`);
    await page.fill('input[name="token"]', TOKEN);
    await Promise.all([page.waitForURL(`${base}/admin?since=7d`), page.click('button[type="submit"]')]);

    const rows = page.locator('#unanswered tbody tr');
    const unanswered = await rows.allInnerTexts();
    expect(unanswered[0]).toMatch(new RegExp(`^${earlierUnanswered}\\s+Who will win the football cup next year\\?`));
    const paris = unanswered.find((r) => /weather in paris tomorrow/i.test(r))!;
    expect(paris).toMatch(/^2\s/); // the same question worded alike counts once
    expect(paris).toContain('also asked as');
    expect(unanswered.some((r) => r.includes(HOSTILE))).toBe(true); // shown as text…
    expect(await page.locator('main script').count()).toBe(0); // …never run
    const disliked = await page.locator('#disliked tbody tr').allInnerTexts();
    expect(disliked).toEqual([expect.stringMatching(/diffusion/i)]);
    expect(disliked[0]).toContain('for “What is a diffusion model?”');

    expect(await page.locator('svg.chart rect.bar').count()).toBe(8); // seven days back and today
    expect(await page.locator('svg.chart polyline.rate').count()).toBe(1);
    expect(await page.locator('#questions .value').innerText()).toMatch(/^\d+$/);
    const knowledge = await page.locator('#knowledge').innerText();
    expect(knowledge).toMatch(/documents\s+\d+/);
    expect(knowledge).toMatch(/passages\s+\d+/);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'admin.png'), fullPage: true });

    // Signed in: the next visit needs no token; a script may use the bearer token instead.
    expect((await page.goto(`${base}/admin?since=30d`))?.status()).toBe(200);
    expect(await page.locator('svg.chart rect.bar').count()).toBe(31);
    const json = await fetch(`${base}/admin/report.json?since=24h`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(json.status).toBe(200);
    expect(((await json.json()) as { totals: { downVotes: number } }).totals.downVotes).toBe(1);
    await page.close();
  });
});
