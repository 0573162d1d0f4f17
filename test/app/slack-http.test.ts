import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainCommand, start } from './process.js';

const secrets = { SLACK_BOT_TOKEN: 'xoxb-2222-secret-bot-token', SLACK_SIGNING_SECRET: 'f00dcafe-signing-secret' };

/** Stands in for slack.com: records every request (Web API calls and response_url posts) and answers ok. */
async function fakeSlack() {
  const requests: { path: string; body: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += String(c)));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => server.close() };
}

function signed(body: string, secret: string): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp, 'x-slack-signature': signature };
}

describe('npm start with Slack in HTTP mode', () => {
  it('serves Slack on the shared HTTP server next to /readyz, answers a signed /ask, logs no secret, and exits 0 on SIGTERM', { timeout: 60_000 }, async () => {
    const slack = await fakeSlack();
    const app = start(mainCommand, {
      cwd: mkdtempSync(join(tmpdir(), 'model-guide-slack-')),
      env: {
        ...secrets,
        SLACK_BOT_USER_ID: 'U0BOT',
        SLACK_BOT_ID: 'B0BOT',
        SLACK_API_URL: `${slack.url}/api/`,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'trace',
      },
    });
    try {
      await app.waitFor(/"msg":"ready"/);
      const port = (JSON.parse(app.stdout().split('\n').find((l) => l.includes('http server listening'))!) as { port: number }).port;
      const base = `http://127.0.0.1:${port}`;

      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      // Without REDIS_URL one process keeps its state in memory: no Redis anywhere.
      expect(await ready.json()).toMatchObject({ platforms: { slack: 'connected' }, store: { backend: 'memory', state: 'ok' } });

      expect((await fetch(`${base}/slack/events`, { method: 'POST', body: 'command=%2Fask' })).status).toBe(401);

      const body = new URLSearchParams({
        command: '/ask',
        text: 'What is a reasoning model?',
        user_id: 'U1',
        channel_id: 'C1',
        team_id: 'T1',
        trigger_id: 'trig.1',
        response_url: `${slack.url}/respond`,
      }).toString();
      const ack = await fetch(`${base}/slack/events`, { method: 'POST', body, headers: signed(body, secrets.SLACK_SIGNING_SECRET) });
      expect(ack.status).toBe(200);
      await app.waitFor(/"msg":"answer"/);
      while (!slack.requests.some((r) => r.path === '/respond')) await new Promise((r) => setTimeout(r, 20));
      expect(slack.requests.find((r) => r.path === '/respond')!.body).toContain('reasoning model');
    } finally {
      app.child.kill('SIGTERM');
      slack.close();
    }
    expect(await app.exited).toBe(0);
    const lines = app.stdout().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) for (const secret of Object.values(secrets)) expect(line).not.toContain(secret);
  });
});
