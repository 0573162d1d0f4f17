import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config/index.js';
import { startApp, type App } from '../../src/app/start.js';
import { fakeGuide, fakeKnowledgeBase, captureLogger, tempProject, testConfig } from './helpers.js';

const TOKEN = 'a-long-enough-admin-token-42';
const apps: App[] = [];
afterEach(async () => Promise.all(apps.splice(0).map((a) => a.stop())));

async function serve(adminToken?: string): Promise<string> {
  const { root, knowledgeDir } = tempProject();
  const config = testConfig(knowledgeDir, { dataDir: join(root, 'data'), ...(adminToken ? { adminToken } : {}) });
  const app = await startApp(config, { logger: captureLogger([], 'silent').logger, loadKnowledge: async (dir) => fakeKnowledgeBase(dir), createGuide: () => fakeGuide(), processMetrics: false, createAdapters: () => [] });
  apps.push(app);
  return `http://127.0.0.1:${app.address.port}`;
}

describe('/admin over HTTP', () => {
  it('does not exist without ADMIN_TOKEN', async () => {
    const base = await serve();
    expect((await fetch(`${base}/admin`)).status).toBe(404);
    expect((await fetch(`${base}/admin/report.json`)).status).toBe(404);
  });

  it('signs a browser in with a cookie that is not the token, HttpOnly and SameSite=Strict', async () => {
    const base = await serve(TOKEN);
    const login = await fetch(`${base}/admin/login`, { method: 'POST', body: new URLSearchParams({ token: TOKEN, since: '30d' }), redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/admin?since=30d');
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^mg_admin=[\w-]+; Path=\/admin; Max-Age=604800; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(TOKEN);
    const page = await fetch(`${base}/admin`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('Top unanswered questions');
    expect((await fetch(`${base}/admin`, { headers: { cookie: 'mg_admin=forged' } })).status).toBe(401);
  });

  it('refuses a wrong or oversized sign-in without failing', async () => {
    const base = await serve(TOKEN);
    expect((await fetch(`${base}/admin/login`, { method: 'POST', body: new URLSearchParams({ token: 'nope' }) })).status).toBe(401);
    const huge = await fetch(`${base}/admin/login`, { method: 'POST', body: `token=${'x'.repeat(10_000)}` }).catch(() => undefined);
    expect(huge === undefined || huge.status === 401).toBe(true);
    expect((await fetch(`${base}/admin`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('rejects an ADMIN_TOKEN too short to be one, naming the variable', () => {
    const { root } = tempProject();
    const result = loadConfig({ env: { ADMIN_TOKEN: 'short' }, cwd: root, projectRoot: root });
    expect(result).toEqual({ ok: false, errors: ['ADMIN_TOKEN: must be at least 16 characters (for example the output of `openssl rand -hex 24`).'] });
  });
});
