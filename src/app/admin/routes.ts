/**
 * `/admin` (only when ADMIN_TOKEN is set): the owners' report as a page, the knowledge's state beside
 * it. `GET /admin` shows it to a request with the token (bearer) or a session cookie, and otherwise a
 * sign-in form (401) with no data on it; `POST /admin/login` checks the token and sets the cookie;
 * `GET /admin/report.json` is the same report for scripts (bearer token).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { HttpRoute } from '../../adapters/types.js';
import type { KnowledgeInfo } from '../../core/types.js';
import { DEFAULT_SINCE, parseSince } from '../../report/since.js';
import { buildReport, type Report } from '../../report/summary.js';
import type { ReportStore } from '../../report/types.js';
import type { ReloadState } from '../knowledge-reload.js';
import { createAdminAuth } from './auth.js';
import { renderAdminPage, renderLoginPage } from './page.js';

export interface AdminDeps {
  token: string;
  /** The report's store; absent when nothing is recorded (`problem` says why). */
  store: ReportStore | undefined;
  problem?: string;
  knowledge: () => KnowledgeInfo | undefined;
  reload: () => ReloadState | undefined;
  logger: Logger;
}

const HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};
const MAX_FORM_BYTES = 4096;

function send(res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...HEADERS, 'content-type': type, ...extra }).end(body);
}
const html = (res: ServerResponse, status: number, body: string, extra?: Record<string, string>) => send(res, status, 'text/html; charset=utf-8', body, extra);

function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FORM_BYTES) {
        resolve(undefined);
        req.destroy();
      }
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', () => resolve(undefined));
  });
}

function periodOf(req: IncomingMessage): { since: string; ms: number } {
  const asked = new URL(req.url ?? '/', 'http://admin.invalid').searchParams.get('since') ?? DEFAULT_SINCE;
  const parsed = parseSince(asked);
  return parsed.ok ? { since: asked, ms: parsed.ms } : { since: DEFAULT_SINCE, ms: (parseSince(DEFAULT_SINCE) as { ms: number }).ms };
}

export function createAdminRoutes(deps: AdminDeps): HttpRoute[] {
  const auth = createAdminAuth(deps.token);
  const log = deps.logger.child({ module: 'admin' });
  const location = deps.store?.location ?? 'nowhere: nothing is being recorded';

  async function report(ms: number): Promise<Report> {
    const nowMs = Date.now();
    const data = deps.store ? await deps.store.read(nowMs - ms) : { events: [], days: [] };
    return buildReport(data, { sinceMs: nowMs - ms, nowMs });
  }

  const guarded = (work: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => (req: IncomingMessage, res: ServerResponse) => {
    work(req, res).catch((error: unknown) => {
      log.error({ err: error, path: req.url }, 'the admin page failed');
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'The report could not be read; the error is in the log.\n');
      else res.end();
    });
  };

  return [
    {
      method: 'GET',
      path: '/admin',
      handle: guarded(async (req, res) => {
        const period = periodOf(req);
        if (!auth.allows(req)) return html(res, 401, renderLoginPage({ since: period.since }), { 'www-authenticate': 'Bearer realm="model-guide admin"' });
        const view = { report: await report(period.ms), location, since: period.since, knowledge: deps.knowledge(), reload: deps.reload(), ...(deps.problem ? { problem: deps.problem } : {}) };
        html(res, 200, renderAdminPage(view));
      }),
    },
    {
      method: 'GET',
      path: '/admin/report.json',
      handle: guarded(async (req, res) => {
        if (!auth.allows(req)) return send(res, 401, 'application/json', '{"error":"the admin token is required: Authorization: Bearer <ADMIN_TOKEN>"}\n', { 'www-authenticate': 'Bearer realm="model-guide admin"' });
        const period = periodOf(req);
        send(res, 200, 'application/json', `${JSON.stringify({ location, ...(await report(period.ms)), knowledge: deps.knowledge() ?? null, reload: deps.reload() ?? null })}\n`);
      }),
    },
    {
      method: 'POST',
      path: '/admin/login',
      handle: guarded(async (req, res) => {
        const form = await readForm(req);
        const since = parseSince(form?.get('since') ?? '').ok ? form!.get('since')! : DEFAULT_SINCE;
        if (!form || !auth.matches(form.get('token') ?? '')) {
          log.warn({ remote: req.socket.remoteAddress }, 'wrong admin token entered');
          return html(res, 401, renderLoginPage({ error: 'That is not the admin token.', since }));
        }
        send(res, 303, 'text/plain; charset=utf-8', 'Signed in.\n', { location: `/admin?since=${encodeURIComponent(since)}`, 'set-cookie': auth.sessionCookie(req) });
      }),
    },
    {
      method: 'POST',
      path: '/admin/logout',
      handle: guarded(async (_req, res) => send(res, 303, 'text/plain; charset=utf-8', 'Signed out.\n', { location: '/admin', 'set-cookie': auth.clearCookie() })),
    },
  ];
}
