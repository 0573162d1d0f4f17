import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from '../adapters/types.js';

/** How long close() lets open requests finish before cutting their connections. */
export const CLOSE_GRACE_MS = 5_000;

export interface HttpServerConfig {
  port: number;
  /** Interface to bind (default all interfaces; tests use 127.0.0.1). */
  host?: string;
}

export interface HttpServer {
  /** Adds routes; later routes with the same method and path win. */
  mount(routes: readonly HttpRoute[]): void;
  listen(): Promise<AddressInfo>;
  /** Stops accepting connections and resolves once open requests finish (cut after `graceMs`, default 5 s). */
  close(graceMs?: number): Promise<void>;
  readonly server: Server;
}

/** One small HTTP server for health, metrics and Slack's HTTP mode. Unknown paths get 404. */
export function createHttpServer(config: HttpServerConfig): HttpServer {
  const routes = new Map<string, HttpRoute>();
  const key = (method: string, path: string) => `${method} ${path}`;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes.get(key(req.method ?? 'GET', path));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    try {
      route.handle(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    }
  });
  // A dropped keep-alive connection must not hold up shutdown.
  server.keepAliveTimeout = 5_000;

  return {
    server,
    mount(newRoutes) {
      for (const route of newRoutes) routes.set(key(route.method, route.path), route);
    },
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: (graceMs = CLOSE_GRACE_MS) =>
      new Promise((resolve) => {
        // Requests still open after the grace period (a client that never reads) must not block exit.
        const force = setTimeout(() => server.closeAllConnections(), graceMs).unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
