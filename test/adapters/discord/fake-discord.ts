/**
 * A local stand-in for Discord: the REST API (JSON over node:http) and the gateway (plain JSON frames
 * over ws) on one 127.0.0.1 port, enough for the real discord.js client to log in, receive events,
 * reply, answer interactions and resume. See ../../../../shared/docs/platform-testing.md.
 *
 * It speaks shards as Discord does: each connection IDENTIFYs as shard [id, count]; a guild belongs to
 * shard (guild_id >> 22) % count, a DM to shard 0; READY lists, and dispatches go to, only the shard's
 * own guilds. Every session identified as the owning shard gets the event, so two processes that both
 * claim a shard both hear it (and would both answer), as on the real gateway.
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

/** The shard a guild's events go to: Discord's documented formula. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** One gateway connection: a shard once it has identified (or resumed). */
interface Session {
  socket: WebSocket;
  shard?: [number, number];
  sessionId?: string;
  seq: number;
}

export interface FakeDiscordOptions {
  /** GUILD_CREATE payloads of the bot's servers (default: the one in guild-create.json). */
  guilds?: any[];
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const requests = createInbox<RecordedRequest>();
  const frames = createInbox<Frame>();
  const failures: Array<(req: RecordedRequest) => boolean> = [];
  const originals = new Map<string, string>(); // interaction token → id of its @original message
  const guilds: any[] = options.guilds ?? [fixture('guild-create.json')];
  const sessions = new Set<Session>();
  const shardsOfSession = new Map<string, [number, number]>(); // session_id → shard, for resumes
  let sessionCount = 0;
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
      // A concurrency of 16 lets a process's shards identify together instead of 5 s apart.
      const sample = fixture('gateway-bot.json');
      return json(res, 200, { ...sample, url: `ws://127.0.0.1:${port}`, session_start_limit: { ...sample.session_start_limit, max_concurrency: 16 } });
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

  const send = (session: Session, frame: Frame) => session.socket.send(JSON.stringify(frame));
  const dispatchTo = (session: Session, t: string, d: unknown) => send(session, { op: 0, t, s: ++session.seq, d });
  const owns = (session: Session, guildId: string | undefined) =>
    session.shard !== undefined && (guildId ? shardOf(guildId, session.shard[1]) : 0) === session.shard[0];

  /** Sends an event to every session of the shard it belongs to (its guild's, or shard 0 for DMs). */
  function dispatch(t: string, d: any): void {
    const guildId: string | undefined = d?.guild_id ?? (t === 'GUILD_CREATE' ? d?.id : undefined);
    for (const session of sessions) if (owns(session, guildId)) dispatchTo(session, t, d);
  }

  function identify(session: Session, shard: [number, number]): void {
    session.shard = shard;
    const ready = fixture('ready.json');
    // The sample's session id for the first session, then new ones: a resume must name its own.
    session.sessionId = ++sessionCount === 1 ? ready.session_id : `${ready.session_id}-${sessionCount}`;
    shardsOfSession.set(session.sessionId!, shard);
    const mine = guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    dispatchTo(session, 'READY', {
      ...ready,
      session_id: session.sessionId,
      shard,
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      resume_gateway_url: `ws://127.0.0.1:${port}/resume`,
    });
    for (const guild of mine) dispatchTo(session, 'GUILD_CREATE', guild);
  }

  wss.on('connection', (ws, req) => {
    const session: Session = { socket: ws, seq: 0 };
    sessions.add(session);
    ws.on('close', () => sessions.delete(session));
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      frames.push({ ...frame, d: { ...frame.d, url: req.url } });
      if (frame.op === 1) send(session, { op: 11 });
      if (frame.op === 2) identify(session, frame.d?.shard ?? [0, 1]);
      if (frame.op === 6) {
        session.shard = shardsOfSession.get(frame.d?.session_id);
        session.sessionId = frame.d?.session_id;
        dispatchTo(session, 'RESUMED', {});
      }
    });
    send(session, { op: 10, d: { heartbeat_interval: 45_000 } });
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
    /** The shards identified so far, as [id, count], one per live connection. */
    shards: () => [...sessions].flatMap((s) => (s.shard ? [s.shard] : [])),
    /** Closes gateway connections (one shard's, or all) as Discord does when it drops a session it can resume. */
    drop(code = 4000, shard?: number): void {
      for (const session of sessions) if (shard === undefined || session.shard?.[0] === shard) session.socket.close(code, 'unknown error');
    },
    async close(): Promise<void> {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;
