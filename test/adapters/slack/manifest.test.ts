import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SLACK_COMMAND, SLACK_EVENTS_PATH } from '../../../src/adapters/slack/index.js';

const manifest = parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'slack-app-manifest.yaml'), 'utf8'));

describe('slack-app-manifest.yaml', () => {
  it('declares the command, events and scopes the adapter relies on', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([DEFAULT_SLACK_COMMAND]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.oauth_config.scopes.bot).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('sends events, the command and interactivity to the one path the adapter serves', () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c: { url: string }) => c.url),
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
  });
});
