/**
 * A local stand-in for Discord: the REST API (JSON over node:http) and the gateway (plain JSON frames
 * over ws) on one 127.0.0.1 port, enough for the real discord.js client to log in, receive events,
 * reply, answer interactions and resume. See ../../../../shared/docs/platform-testing.md.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { fixture, GUILD_ID, restMessage } from './payloads.js';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, URL-decoded: `/channels/1/messages`, `/webhooks/app/token/messages/@original`. */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body (arbitrary JSON: tests read the fields they check). */
  body: any;
  headers: IncomingMessage['headers'];
  /** What the fake answered. */
  status?: number;
  response?: any;
}

/** A gateway frame (arbitrary JSON in `d`). */
export type Frame = { op: number; d?: any; s?: number | null; t?: string | null };

type Waiter<T> = { match: (item: T) => boolean; resolve: (item: T) => void };

/** Items that arrive over time; `next(match)` takes the first unclaimed match, waiting for it if needed. */
function createInbox<T>() {
  const items: T[] = [];
  const claimed = new Set<T>();
  const waiters: Waiter<T>[] = [];
  return {
    items,
    push(item: T) {
      items.push(item);
      const i = waiters.findIndex((w) => w.match(item));
      if (i >= 0) {
        claimed.add(item);
        waiters.splice(i, 1)[0]!.resolve(item);
      }
    },
    next(match: (item: T) => boolean): Promise<T> {
      const found = items.find((item) => !claimed.has(item) && match(item));
      if (found) {
        claimed.add(found);
        return Promise.resolve(found);
      }
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}

export async function startFakeDiscord() {
  const requests = createInbox<RecordedRequest>();
  const frames = createInbox<Frame>();
  const failures: Array<(req: RecordedRequest) => boolean> = [];
  const originals = new Map<string, string>(); // interaction token → id of its @original message
  let socket: WebSocket | undefined;
  let seq = 0;
  let nextId = 1_700_000_000_000_001_000n;
  const newId = () => String(nextId++);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/, '')),
        query: url.searchParams,
        body: raw ? JSON.parse(raw) : undefined,
        headers: req.headers,
      };
      respond(recorded, res);
      requests.push(recorded); // after respond(), so waiters see the status and response too
    });
  });
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  function json(res: ServerResponse, status: number, body: unknown, req?: RecordedRequest): void {
    if (req) Object.assign(req, { status, response: body });
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  function respond(req: RecordedRequest, res: ServerResponse): void {
    if (failures.some((fails) => fails(req))) return json(res, 500, { message: '500: Internal Server Error', code: 0 }, req);
    const { method, path, body } = req;
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return json(res, 200, { ...fixture('gateway-bot.json'), url: `ws://127.0.0.1:${port}` });
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) {
      return json(res, 200, restMessage({ id: newId(), channel_id: m[1]!, ...body }), req);
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      req.status = 204;
      return void res.writeHead(204).end();
    }
    if (method === 'PATCH' && (m = path.match(/^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/))) {
      const id = originals.get(m[1]!) ?? newId();
      originals.set(m[1]!, id);
      return json(res, 200, restMessage({ id, ...body }), req);
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) {
      return json(res, 200, restMessage({ id: newId(), ...body }), req);
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(res, 200, (body as object[]).map((c) => ({ id: newId(), application_id: '1100000000000000001', version: newId(), ...c })));
    }
    return json(res, 404, { message: '404: Not Found', code: 0 });
  }

  function send(frame: Frame): void {
    socket?.send(JSON.stringify(frame));
  }

  function dispatch(t: string, d: unknown): void {
    send({ op: 0, t, s: ++seq, d });
  }

  wss.on('connection', (ws, req) => {
    socket = ws;
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      frames.push({ ...frame, d: { ...frame.d, url: req.url } });
      if (frame.op === 1) send({ op: 11 });
      if (frame.op === 2) {
        dispatch('READY', { ...fixture('ready.json'), resume_gateway_url: `ws://127.0.0.1:${port}/resume` });
        dispatch('GUILD_CREATE', fixture('guild-create.json'));
      }
      if (frame.op === 6) dispatch('RESUMED', {});
    });
    send({ op: 10, d: { heartbeat_interval: 45_000 } });
  });

  return {
    apiUrl: `${base}/api`,
    guildId: GUILD_ID,
    /** Every REST request so far. */
    requests: requests.items,
    /** Resolves with the first request (past or future) that matches and was not returned before. */
    nextRequest: requests.next,
    /** Every gateway frame the client sent so far. */
    frames: frames.items,
    /** Resolves with the first gateway frame from the client that matches (`d.url` holds the connection URL). */
    nextFrame: frames.next,
    dispatch,
    /** Answers 500 to every request that matches from now on. */
    failWhen(match: (req: RecordedRequest) => boolean): void {
      failures.push(match);
    },
    /** Closes the gateway connection as Discord does when it drops a session it can resume. */
    drop(code = 4000): void {
      socket?.close(code, 'unknown error');
    },
    async close(): Promise<void> {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
