import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/app/platforms.js';
import { mainCommand, runToEnd } from './process.js';

function cwdWith(files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'model-guide-main-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return cwd;
}

describe('npm start (src/main.ts) refusing to start', () => {
  it('exits 1 naming SLACK_BOT_TOKEN, DISCORD_TOKEN and the README with neither a terminal nor a platform', async () => {
    const result = await runToEnd(mainCommand, { cwd: cwdWith() });
    expect(result).toEqual({ code: 1, stdout: '', stderr: `${messages.noPlatform}\n` });
    expect(result.stderr).toMatch(/SLACK_BOT_TOKEN[\s\S]*DISCORD_TOKEN[\s\S]*README/);
  });

  it('exits 1 naming a missing SLACK_SIGNING_SECRET and its fix, with no stack trace', async () => {
    const result = await runToEnd(mainCommand, { cwd: cwdWith(), env: { SLACK_BOT_TOKEN: 'xoxb-test-token' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Configuration error: SLACK_SIGNING_SECRET is not set. SLACK_BOT_TOKEN is set without SLACK_APP_TOKEN, so Slack runs in ' +
        'HTTP mode, which needs the signing secret to verify requests: set SLACK_SIGNING_SECRET (Slack app → Basic Information → ' +
        'Signing Secret), or set SLACK_APP_TOKEN to use Socket Mode instead.\n',
    );
    expect(result.stderr).not.toContain('xoxb-test-token');
  });

  it('exits 1 naming an unknown key in model-guide.yaml with its line, with no stack trace', async () => {
    const cwd = cwdWith({ 'model-guide.yaml': 'logLevel: info\nratelimit:\n  perUserPerMinute: 5\n' });
    const result = await runToEnd(mainCommand, { cwd, env: { HEADLESS: 'true' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Configuration error: model-guide.yaml:2: unknown key "ratelimit"; known keys: knowledgeDir, watchKnowledge, indexCacheDir, dataDir, recordQuestions, port, host, logLevel, logQuestions, rateLimit, headless, slack, discord, redis.\n',
    );
  });

  it('reads the secret from .env in the working directory', async () => {
    const cwd = cwdWith({ '.env': 'SLACK_APP_TOKEN=xapp-from-dotenv\n' });
    const result = await runToEnd(mainCommand, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Configuration error: SLACK_BOT_TOKEN is not set, but SLACK_APP_TOKEN is.');
  });

  it('exits 1 naming the broken knowledge file and line, before any connection, with no stack trace', async () => {
    const cwd = cwdWith();
    mkdirSync(join(cwd, 'kb'));
    writeFileSync(join(cwd, 'kb', 'intro.md'), '# Models\n\nA model maps inputs to outputs.\n');
    writeFileSync(join(cwd, 'kb', 'models.yaml'), 'models:\n  - name: Broken\n    context_window: lots\n');
    const result = await runToEnd(mainCommand, { cwd, env: { KNOWLEDGE_DIR: 'kb', HEADLESS: 'true', PORT: '0' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^The knowledge in kb\/ has \d+ errors?:\n/);
    expect(result.stderr).toMatch(/\n {2}kb\/models\.yaml:3: .*context_window.*\n/);
    expect(result.stderr).toMatch(/\nFix (it|them) and start again\.\n$/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
