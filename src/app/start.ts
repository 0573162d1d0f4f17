import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createAskFlow, type AskFlow } from '../adapters/shared/ask-flow.js';
import { createRateLimiter } from '../adapters/shared/rate-limiter.js';
import type { Adapter, AdapterDeps } from '../adapters/types.js';
import type { KnowledgeInfo } from '../core/types.js';
import type { AppConfig } from './config/index.js';
import { AppError, errorMessage } from './errors.js';
import { checkReadiness, createHealthRoutes, type Readiness } from './health.js';
import { createHttpServer, type HttpServer } from './http-server.js';
import { buildGuide, type GuideFactory } from './knowledge.js';
import type { ReloadOutcome } from './knowledge-reload.js';
import type { WatchOptions } from './knowledge-watch.js';
import { createLiveGuide, type LiveGuide } from './live-guide.js';
import { createIndexStore, startLiveKnowledge } from './live-knowledge.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createAdminRoutes } from './admin/routes.js';
import { startReport, type AppReport } from './report.js';

/** How long shutdown waits for answers in flight before disconnecting anyway. */
export const DRAIN_TIMEOUT_MS = 10_000;

export interface StartDeps extends GuideFactory {
  logger: Logger;
  /** Builds the platform adapters (Slack, Discord, the terminal chat) once the ask flow and the knowledge exist. */
  createAdapters(deps: AdapterDeps, knowledge: KnowledgeInfo): Adapter[];
  /** Working directory, for how paths are shown (default process.cwd()). */
  cwd?: string;
  /** Node process metrics on /metrics (default true). */
  processMetrics?: boolean;
  /** Override DRAIN_TIMEOUT_MS (tests). */
  drainTimeoutMs?: number;
  /** Knowledge watching: debounce, polling interval, fs.watch (tests). */
  watch?: Omit<WatchOptions, 'method'>;
  /** Where the saved index goes when `config.indexCacheDir` cannot be written (default FALLBACK_CACHE_DIR; tests). */
  indexCacheFallbackDir?: string;
}

/** A running Model Guide: every part start-up built, and the one way to stop it. */
export interface App {
  readonly guide: LiveGuide;
  readonly flow: AskFlow;
  readonly adapters: readonly Adapter[];
  readonly metrics: Metrics;
  readonly http: HttpServer;
  readonly address: AddressInfo;
  /** The owners' report: its store and recorder. */
  readonly report: AppReport;
  readiness(): Readiness;
  /** Reloads the knowledge folder now (what a file change triggers): the old guide serves until the new one is complete. */
  reloadKnowledge(): Promise<ReloadOutcome>;
  /** No new questions, answers in flight finish (10 s at most), platforms disconnect, HTTP closes. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts in a fixed order, so a bad knowledge folder stops it before any connection opens:
 * load knowledge → build the guide (or load its saved index) → watch the folder → start the HTTP server
 * (health, metrics, Slack's HTTP routes) → connect platforms.
 * Throws AppError with an operator-facing message when a step fails.
 */
export async function startApp(config: AppConfig, deps: StartDeps): Promise<App> {
  const log = deps.logger.child({ module: 'app' });
  const fallbackDir = deps.indexCacheFallbackDir;
  const store = config.indexCacheDir
    ? await createIndexStore({ dir: config.indexCacheDir, ...(fallbackDir ? { fallbackDir } : {}) }, deps.logger)
    : undefined;
  const built = await buildGuide(config.knowledgeDir, deps, deps.logger, deps.cwd, store);
  const guide = createLiveGuide(built.guide);
  guide.onSwap((next) => log.info({ documents: next.info.documents, passages: next.info.passages, hash: next.info.hash }, 'knowledge swapped in'));
  const live = startLiveKnowledge(
    { dir: config.knowledgeDir, guide, factory: deps, store, logger: deps.logger, ...(deps.cwd ? { cwd: deps.cwd } : {}) },
    config.watchKnowledge ?? 'off',
    deps.watch,
  );

  const metrics = createMetrics({ knowledge: () => guide.info, processMetrics: deps.processMetrics ?? true });
  const report = await startReport(config, deps.logger, deps.cwd ? { cwd: deps.cwd } : {});
  const flow = createAskFlow({
    guide,
    logger: deps.logger,
    telemetry: metrics.telemetry,
    limiter: createRateLimiter(config.rateLimit),
    logQuestions: config.logQuestions,
    recorder: report.recorder,
  });
  const closeEarly = async () => {
    live.close();
    await report.close();
  };

  let adapters: Adapter[];
  try {
    adapters = deps.createAdapters({ flow, logger: deps.logger }, guide.info);
  } catch (error) {
    await closeEarly();
    throw new AppError('PLATFORM_FAILED', `Could not set up the platforms: ${errorMessage(error)}`, { cause: error });
  }

  let stopping = false;
  const health = { knowledge: () => guide.info, platforms: () => adapters, stopping: () => stopping, reload: () => live.state() };
  const http = createHttpServer({ port: config.port, host: config.host });
  const admin = config.adminToken
    ? createAdminRoutes({
        token: config.adminToken,
        store: report.store,
        ...(report.problem ? { problem: report.problem } : {}),
        knowledge: () => guide.info,
        reload: () => live.state(),
        logger: deps.logger,
      })
    : [];
  http.mount([...createHealthRoutes(health), ...metrics.routes, ...admin, ...adapters.flatMap((a) => a.routes)]);
  const address = await http.listen().catch(async (error: NodeJS.ErrnoException) => {
    const fix = error.code === 'EADDRINUSE' ? 'is already in use: stop the other process or set PORT to a free port' : `cannot be opened (${error.message})`;
    await closeEarly();
    throw new AppError('PORT_UNAVAILABLE', `PORT ${config.port} ${fix}.`, { cause: error });
  });
  log.info({ port: address.port, host: address.address, admin: admin.length > 0 }, 'http server listening');

  const results = await Promise.allSettled(adapters.map((adapter) => adapter.start()));
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [`${adapters[i]!.name}: ${errorMessage(r.reason)}`] : []));
  if (failures.length > 0) {
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    await http.close();
    await closeEarly();
    throw new AppError('PLATFORM_FAILED', `Could not connect to ${failures.join('; ')}`, { cause: results });
  }
  log.info({ platforms: adapters.map((a) => a.name) }, 'ready');

  let stopped: Promise<void> | undefined;
  async function stop(): Promise<void> {
    stopping = true;
    live.close();
    flow.stopAccepting();
    log.info({ inFlight: flow.inFlight() }, 'shutting down: no new questions');
    await flow.drain(deps.drainTimeoutMs ?? DRAIN_TIMEOUT_MS);
    if (flow.inFlight() > 0) log.warn({ inFlight: flow.inFlight() }, 'answers still in flight after the drain timeout');
    const stops = await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    stops.forEach((r, i) => {
      if (r.status === 'rejected') log.error({ err: r.reason, platform: adapters[i]!.name }, 'platform did not stop cleanly');
    });
    await http.close();
    await report.close();
    log.info('stopped');
  }

  return {
    guide,
    flow,
    adapters,
    metrics,
    http,
    address,
    report,
    readiness: () => checkReadiness(health),
    reloadKnowledge: () => live.reloader.reload('requested'),
    stop: () => (stopped ??= stop()),
  };
}
