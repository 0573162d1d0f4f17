/**
 * A local fake of Slack on 127.0.0.1: the Web API (form-encoded calls, as the WebClient sends them),
 * response_url targets, and a Socket Mode WebSocket that apps.connections.open points to.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, any>;
  authorization: string | undefined;
  /** What the fake answered (set once it has). */
  response?: Record<string, any>;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, any>;
}

/** A scripted failure for the next call of a Web API method. */
export type Failure = { status: 500 } | { status: 429; retryAfter: number } | { error: string };

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'slack');

/** A fresh copy of a payload sample under test/fixtures/slack. */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as T;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseApiArgs(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = key === 'blocks' || key === 'attachments' ? JSON.parse(value) : value;
  }
  return args;
}

export async function startFakeSlack() {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const failures = new Map<string, Failure[]>();
  const holds = new Map<string, Promise<void>>();
  const events = new EventEmitter();
  const sockets = new Set<WebSocket>();
  let ts = 1_700_001_000;

  function answerApi(call: ApiCall, res: ServerResponse, port: number): void {
    const { method, args } = call;
    const failure = failures.get(method)?.shift();
    const json = (status: number, body: Record<string, any>, headers: Record<string, string> = {}): void => {
      call.response = body;
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    if (failure && 'status' in failure && failure.status === 429) {
      return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    }
    if (failure && 'status' in failure) return json(failure.status, { ok: false, error: 'internal_error' });
    if (failure) return json(200, { ok: false, error: failure.error });
    switch (method) {
      case 'auth.test':
        return json(200, { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'model-guide', team_id: 'T061EG9R6', user_id: 'U0LAN0Z89', bot_id: 'B0LAN0Z89' });
      case 'apps.connections.open':
        return json(200, { ok: true, url: `ws://127.0.0.1:${port}/socket` });
      case 'chat.postMessage':
        ts += 1;
        return json(200, { ok: true, channel: args.channel, ts: `${ts}.000100`, message: { text: args.text, ts: `${ts}.000100` } });
      default:
        return json(200, { ok: true });
    }
  }

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const port = (server.address() as AddressInfo).port;
    if (url.pathname.startsWith('/api/')) {
      const call: ApiCall = { method: url.pathname.slice(5), args: parseApiArgs(body, req.headers['content-type']), authorization: req.headers.authorization };
      calls.push(call);
      events.emit('change');
      const hold = holds.get(call.method);
      if (hold) {
        holds.delete(call.method);
        await hold;
      }
      return answerApi(call, res, port);
    }
    if (url.pathname.startsWith('/respond/')) {
      const failure = failures.get('response_url')?.shift();
      if (failure && 'status' in failure) return void res.writeHead(failure.status).end();
      responses.push({ id: url.pathname.slice(9), body: JSON.parse(body) });
      events.emit('change');
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }
    res.writeHead(404).end();
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify(fixture('socket-hello')));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  /** Resolves with the first recorded item matching `predicate`, waiting for new ones (fails after 5 s with what was seen). */
  function waitFor<T>(list: () => T[], predicate: (item: T) => boolean, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = list().find(predicate);
        if (!found) return false;
        events.off('change', check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        events.off('change', check);
        reject(new Error(`fake Slack never saw ${what}; saw ${JSON.stringify(list(), null, 1).slice(0, 3000)}`));
      }, 5000);
      if (!check()) events.on('change', check);
    });
  }

  return {
    port,
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id: string) => `http://127.0.0.1:${port}/respond/${id}`,
    calls,
    responses,
    posts: (method = 'chat.postMessage') => calls.filter((c) => c.method === method),
    failNext(method: string, failure: Failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    waitForCall: (predicate: (c: ApiCall) => boolean, what = 'the expected API call') => waitFor(() => calls, predicate, what),
    waitForResponse: (predicate: (r: ResponseUrlPost) => boolean, what = 'the expected response_url post') =>
      waitFor(() => responses, predicate, what),
    /** Sends a Socket Mode envelope to every connected client; resolves with the client's ack. */
    sendEnvelope(type: string, payload: object, extra: { retryAttempt?: number } = {}): Promise<Record<string, any>> {
      const envelope = { ...fixture('socket-envelope'), envelope_id: randomUUID(), type, payload };
      if (type !== 'events_api') Object.assign(envelope, { accepts_response_payload: true });
      if (extra.retryAttempt) Object.assign(envelope, { retry_attempt: extra.retryAttempt, retry_reason: 'timeout' });
      const [socket] = sockets;
      if (!socket) return Promise.reject(new Error('no Socket Mode client connected'));
      return new Promise((resolve) => {
        const onMessage = (data: Buffer) => {
          const message = JSON.parse(data.toString('utf8'));
          if (message.envelope_id !== envelope.envelope_id) return;
          socket.off('message', onMessage);
          resolve(message);
        };
        socket.on('message', onMessage);
        socket.send(JSON.stringify(envelope));
      });
    },
    /** Holds the response to the next call of `method` until `release()` (an answer in flight). */
    hold(method: string): { release(): void } {
      let release = () => {};
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return { release: () => release() };
    },
    socketCount: () => sockets.size,
    /** Closes every Socket Mode connection from Slack's side, as a Slack restart would. */
    dropSockets() {
      for (const socket of sockets) socket.close(1001, 'going away');
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
