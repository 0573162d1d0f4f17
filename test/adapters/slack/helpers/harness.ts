/**
 * Runs the real Slack adapter (real Bolt app) against the fake Slack, in HTTP mode (mounted on the app's
 * shared HTTP server, requests signed as Slack signs them) or in Socket Mode (envelopes over the fake's socket).
 */
import { createHmac } from 'node:crypto';
import pino from 'pino';
import type { Guide } from '../../../../src/core/types.js';
import type { FrontDoor } from '../../../../src/bot/types.js';
import { createSlackAdapter, type SlackConfig } from '../../../../src/adapters/slack/index.js';
import type { Adapter } from '../../../../src/adapters/types.js';
import { createHttpServer, type HttpServer } from '../../../../src/app/http-server.js';
import { testFrontDoor } from '../../../support/front-door.js';
import { createFakeGuide } from './fake-guide.js';
import { fixture, startFakeSlack, type FakeSlack } from './fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_USER_ID = 'U0LAN0Z89';

/** An HTTP-mode Slack config aimed at a fake Slack's Web API, with known bot ids and no retries. */
export function httpSlackConfig(apiUrl: string): SlackConfig {
  return { botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, apiUrl, command: '/ask', commandVisibility: 'ephemeral', channels: [], botUserId: BOT_USER_ID, botId: 'B0LAN0Z89', apiRetries: 0 };
}
export type Mode = 'http' | 'socket';

/** Slack's request signature: v0= + HMAC-SHA256(secret, `v0:{timestamp}:{body}`). */
export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface Delivery {
  /** HTTP status (HTTP mode) or 200 once the envelope was acked (Socket Mode). */
  status: number;
  /** The HTTP body, or the ack's payload. */
  body: string;
}

export interface SendOptions {
  retryNum?: number;
  timestamp?: number;
  secret?: string;
}

export interface Harness {
  mode: Mode;
  fake: FakeSlack;
  adapter: Adapter;
  frontDoor: FrontDoor;
  logs: Record<string, any>[];
  /** An Events API `event_callback` body. */
  event(body: object, options?: SendOptions): Promise<Delivery>;
  /** Slash-command form fields. */
  command(fields: Record<string, string>, options?: SendOptions): Promise<Delivery>;
  /** An interactivity payload (block_actions). */
  action(payload: object, options?: SendOptions): Promise<Delivery>;
  /** HTTP mode: a raw POST to /slack/events. */
  post(body: string, headers: Record<string, string>): Promise<Delivery>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode: Mode;
  config?: Partial<SlackConfig>;
  guide?: Guide;
  fake?: FakeSlack;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const fake = options.fake ?? (await startFakeSlack());
  const logs: Record<string, any>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  // logQuestions: the feedback tests check that the question is logged when LOG_QUESTIONS=true.
  const frontDoor = testFrontDoor(options.guide ?? createFakeGuide(), logger, { logQuestions: true });
  const config: SlackConfig = {
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    command: '/ask',
    commandVisibility: 'ephemeral',
    channels: [],
    botUserId: BOT_USER_ID,
    botId: 'B0LAN0Z89',
    apiRetries: 0,
    ...(options.mode === 'socket' ? { appToken: 'xapp-test-token' } : {}),
    ...options.config,
  };
  const adapter = createSlackAdapter(config, { frontDoor, logger });
  let server: HttpServer | undefined;
  let base = '';
  if (options.mode === 'http') {
    server = createHttpServer({ port: 0, host: '127.0.0.1' });
    server.mount(adapter.routes);
    base = `http://127.0.0.1:${(await server.listen()).port}`;
  }
  await adapter.start();

  async function post(body: string, headers: Record<string, string>): Promise<Delivery> {
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers, body });
    return { status: res.status, body: await res.text() };
  }

  async function signedPost(body: string, contentType: string, o: SendOptions = {}): Promise<Delivery> {
    const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(body, timestamp, o.secret),
    };
    if (o.retryNum) Object.assign(headers, { 'x-slack-retry-num': String(o.retryNum), 'x-slack-retry-reason': 'http_timeout' });
    return post(body, headers);
  }

  async function overSocket(type: string, payload: object, o: SendOptions = {}): Promise<Delivery> {
    const ack = await fake.sendEnvelope(type, payload, o.retryNum ? { retryAttempt: o.retryNum } : {});
    return { status: 200, body: JSON.stringify(ack.payload ?? {}) };
  }

  const form = 'application/x-www-form-urlencoded';
  return {
    mode: options.mode,
    fake,
    adapter,
    frontDoor,
    logs,
    post,
    event: (body, o) =>
      options.mode === 'http' ? signedPost(JSON.stringify(body), 'application/json', o) : overSocket('events_api', body, o),
    command: (fields, o) =>
      options.mode === 'http' ? signedPost(new URLSearchParams(fields).toString(), form, o) : overSocket('slash_commands', fields, o),
    action: (payload, o) =>
      options.mode === 'http'
        ? signedPost(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form, o)
        : overSocket('interactive', payload, o),
    async close() {
      await adapter.stop();
      await server?.close();
      if (!options.fake) await fake.close();
    },
  };
}

let counter = 0;
/** A unique id for events, timestamps and response_urls, so tests never see each other's traffic. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36).toUpperCase()}${counter}`;
}

/** The app_mention sample with a new event id and ts, the given text, in `channel` (optionally in a thread). */
export function mention(text: string, o: { channel?: string; threadTs?: string; user?: string } = {}) {
  const body = fixture('app-mention');
  const ts = `${1_700_000_000 + ++counter}.000${counter}`;
  body.event_id = unique('Ev');
  Object.assign(body.event, { text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts, channel: o.channel ?? 'C061EG9SL' });
  if (o.threadTs) body.event.thread_ts = o.threadTs;
  if (o.user) body.event.user = o.user;
  return body;
}

/** The message.im sample with a new event id and ts. */
export function directMessage(text: string, o: { channel?: string; threadTs?: string } = {}) {
  const body = fixture('message-im');
  const ts = `${1_700_000_000 + ++counter}.000${counter}`;
  body.event_id = unique('Ev');
  Object.assign(body.event, { text, ts, event_ts: ts, channel: o.channel ?? 'D024BE91L' });
  if (o.threadTs) body.event.thread_ts = o.threadTs;
  return body;
}

/** The slash-command sample with `text` and a response_url on the fake; returns the fields and the url id. */
export function slashCommand(fake: FakeSlack, text: string, o: { channel?: string; user?: string } = {}) {
  const id = unique('cmd');
  const fields: Record<string, string> = {
    ...fixture<Record<string, string>>('slash-command'),
    text,
    response_url: fake.responseUrl(id),
    trigger_id: unique('trg'),
  };
  if (o.channel) fields.channel_id = o.channel;
  if (o.user) fields.user_id = o.user;
  return { fields, id };
}

/** A block_actions click on `button` (action_id + value) with a response_url on the fake. */
export function click(fake: FakeSlack, button: { action_id: string; value?: string }, o: { ephemeral?: boolean } = {}) {
  const payload = fixture('block-actions');
  const id = unique('act');
  payload.response_url = fake.responseUrl(id);
  payload.actions[0] = { ...payload.actions[0], action_id: button.action_id, value: button.value, action_ts: `${Date.now() / 1000}` };
  if (o.ephemeral) {
    payload.container = { type: 'message', message_ts: payload.container.message_ts, channel_id: payload.channel.id, is_ephemeral: true };
    delete payload.message;
  }
  return { payload, id };
}

/** All buttons in a message's actions blocks. */
export function buttonsOf(blocks: any[] | undefined): { action_id: string; value: string; text: { text: string }; style?: string }[] {
  return (blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements);
}

/** The mrkdwn of a message's section blocks, in order. */
export function sectionsOf(blocks: any[] | undefined): string[] {
  return (blocks ?? []).filter((b) => b.type === 'section').map((b) => b.text.text as string);
}

/** The mrkdwn of a message's context blocks, in order. */
export function contextsOf(blocks: any[] | undefined): string[] {
  return (blocks ?? []).filter((b) => b.type === 'context').map((b) => b.elements[0].text as string);
}

/** Waits until `condition()` holds (a state to reach, not a timing check); fails after 5 s. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never reached: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
