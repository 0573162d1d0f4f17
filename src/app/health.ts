import type { ServerResponse } from 'node:http';
import type { Adapter, AdapterStatus, HttpRoute } from '../adapters/types.js';
import type { KnowledgeInfo } from '../core/types.js';
import type { StoreHealth } from '../state/store.js';
import type { ReloadState } from './knowledge-reload.js';

export interface HealthDeps {
  /** The knowledge serving now; undefined while it loads. */
  knowledge: () => KnowledgeInfo | undefined;
  /** Every configured platform (the terminal chat counts as one). */
  platforms: () => readonly Pick<Adapter, 'name' | 'status'>[];
  /** True once shutdown began: no longer ready for new questions. */
  stopping: () => boolean;
  /** Live reload: how changes are noticed, the last reload and its error, if any (absent when not watching). */
  reload?: () => ReloadState | undefined;
  /** The state store: which backend, and whether it is degraded (Redis away, per-process state serving). */
  store?: () => StoreState;
}

export interface StoreState {
  backend: 'memory' | 'redis';
  state: StoreHealth;
}

export type KnowledgeState =
  | { state: 'loading' }
  | ({ state: 'loaded'; documents: number; passages: number; models: number; loadedAt: string; hash: string } & Partial<ReloadState>);

export interface Readiness {
  status: 'ready' | 'not_ready' | 'stopping';
  knowledge: KnowledgeState;
  platforms: Record<string, AdapterStatus>;
  store?: StoreState;
}

/**
 * Ready when the knowledge is loaded, every platform is connected and shutdown has not begun. A degraded
 * state store is shown but keeps the process ready: it still answers, and taking every replica out of
 * the load balancer because Redis is away would silence the bot.
 */
export function checkReadiness(deps: HealthDeps): Readiness {
  const info = deps.knowledge();
  const knowledge: KnowledgeState = info
    ? {
        state: 'loaded',
        documents: info.documents,
        passages: info.passages,
        models: info.models,
        loadedAt: info.loadedAt.toISOString(),
        hash: info.hash,
        ...deps.reload?.(),
      }
    : { state: 'loading' };
  const platforms: Record<string, AdapterStatus> = {};
  for (const platform of deps.platforms()) platforms[platform.name] = platform.status();
  const connected = Object.values(platforms).every((status) => status === 'connected');
  const status = deps.stopping() ? 'stopping' : info && connected ? 'ready' : 'not_ready';
  const store = deps.store?.();
  return { status, knowledge, platforms, ...(store ? { store } : {}) };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(`${JSON.stringify(body)}\n`);
}

/** `GET /healthz` (200 while the process runs) and `GET /readyz` (200 when ready, else 503, with the parts' states). */
export function createHealthRoutes(deps: HealthDeps): HttpRoute[] {
  const startedAt = Date.now();
  return [
    {
      method: 'GET',
      path: '/healthz',
      handle: (_req, res) => sendJson(res, 200, { status: 'ok', uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000) }),
    },
    {
      method: 'GET',
      path: '/readyz',
      handle(_req, res) {
        const readiness = checkReadiness(deps);
        sendJson(res, readiness.status === 'ready' ? 200 : 503, readiness);
      },
    },
  ];
}
