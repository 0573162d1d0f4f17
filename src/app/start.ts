import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Adapter, AdapterDeps } from '../adapters/types.js';
import { createFrontDoor, type FrontDoor, type OutcomeHook } from '../bot/index.js';
import { warmUp } from '../core/index.js';
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
import { countingAnswers, reportOutcomes, startReport, type AppReport } from './report.js';
import { createStateStore, type StateStore } from '../state/index.js';

/** How long shutdown waits for answers in flight before disconnecting anyway. */
export const DRAIN_TIMEOUT_MS = 10_000;

export interface StartDeps extends GuideFactory {
  logger: Logger;
  /** Builds the platform adapters (Slack, Discord, the terminal chat) once the front door and the knowledge exist. */
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
  /**
   * Builds the hook told about every unanswered question and every 👍/👎 vote (the owners' report),
   * given the app's state store. None by default.
   */
  recordOutcomes?: (store: StateStore, logger: Logger) => OutcomeHook;
}

/** A running Model Guide: every part start-up built, and the one way to stop it. */
export interface App {
  readonly guide: LiveGuide;
  readonly frontDoor: FrontDoor;
  /** State shared with other replicas (Redis), or this process's own (memory). */
  readonly store: StateStore;
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
 * load knowledge → build the guide (or load its saved index) → watch the folder → open the state store
 * (an unreachable Redis does not stop it: the store starts degraded) → open the owners' report → start
 * the HTTP server (health, metrics, /admin, Slack's HTTP routes) → connect platforms.
 * Throws AppError with an operator-facing message when a step fails.
 */
export async function startApp(config: AppConfig, deps: StartDeps): Promise<App> {
  const log = deps.logger.child({ module: 'app' });
  const fallbackDir = deps.indexCacheFallbackDir;
  const indexStore = config.indexCacheDir
    ? await createIndexStore({ dir: config.indexCacheDir, ...(fallbackDir ? { fallbackDir } : {}) }, deps.logger)
    : undefined;
  const built = await buildGuide(config.knowledgeDir, deps, deps.logger, deps.cwd, indexStore);
  const guide = createLiveGuide(built.guide);
  guide.onSwap((next) => log.info({ documents: next.info.documents, passages: next.info.passages, hash: next.info.hash }, 'knowledge swapped in'));
  const live = startLiveKnowledge(
    { dir: config.knowledgeDir, guide, factory: deps, store: indexStore, logger: deps.logger, ...(deps.cwd ? { cwd: deps.cwd } : {}) },
    config.watchKnowledge ?? 'off',
    deps.watch,
  );
  await live.ready;

  const store = await createStateStore(config.state, deps.logger);
  log.info({ store: store.backend, health: store.health() }, 'state store open');
  const metrics = createMetrics({ knowledge: () => guide.info, store, processMetrics: deps.processMetrics ?? true });
  // The owners' report: in the state store when it is Redis, else DATA_DIR/report.sqlite.
  const report = await startReport(config, deps.logger, { stateStore: store, ...(deps.cwd ? { cwd: deps.cwd } : {}) });
  const toReport = reportOutcomes(report.recorder);
  const extra = deps.recordOutcomes?.(store, deps.logger);
  const frontDoor = createFrontDoor({
    guide,
    store,
    logger: deps.logger,
    telemetry: countingAnswers(metrics.telemetry, report.recorder),
    rateLimit: config.rateLimit,
    logQuestions: config.logQuestions,
    async onOutcome(outcome) {
      await toReport(outcome);
      await extra?.(outcome);
    },
  });
  const abandon = async () => {
    live.close();
    await report.close();
    await store.close();
  };

  let adapters: Adapter[];
  try {
    adapters = deps.createAdapters({ frontDoor, logger: deps.logger }, guide.info);
  } catch (error) {
    await abandon();
    throw new AppError('PLATFORM_FAILED', `Could not set up the platforms: ${errorMessage(error)}`, { cause: error });
  }

  let stopping = false;
  const health = {
    knowledge: () => guide.info,
    platforms: () => adapters,
    stopping: () => stopping,
    reload: () => live.state(),
    store: () => ({ backend: store.backend, state: store.health() }),
  };
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
    await abandon();
    throw new AppError('PORT_UNAVAILABLE', `PORT ${config.port} ${fix}.`, { cause: error });
  });
  log.info({ port: address.port, host: address.address, admin: admin.length > 0 }, 'http server listening');

  const results = await Promise.allSettled(adapters.map((adapter) => adapter.start()));
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [`${adapters[i]!.name}: ${errorMessage(r.reason)}`] : []));
  if (failures.length > 0) {
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    await http.close();
    await abandon();
    throw new AppError('PLATFORM_FAILED', `Could not connect to ${failures.join('; ')}`, { cause: results });
  }
  log.info({ platforms: adapters.map((a) => a.name) }, 'ready');
  // The question classifiers train on first use; do it now, so the first person asking does not wait.
  setImmediate(warmUp);

  let stopped: Promise<void> | undefined;
  async function stop(): Promise<void> {
    stopping = true;
    live.close();
    frontDoor.stopAccepting();
    log.info({ inFlight: frontDoor.inFlight() }, 'shutting down: no new questions');
    await frontDoor.drain(deps.drainTimeoutMs ?? DRAIN_TIMEOUT_MS);
    if (frontDoor.inFlight() > 0) log.warn({ inFlight: frontDoor.inFlight() }, 'answers still in flight after the drain timeout');
    const stops = await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    stops.forEach((r, i) => {
      if (r.status === 'rejected') log.error({ err: r.reason, platform: adapters[i]!.name }, 'platform did not stop cleanly');
    });
    await http.close();
    await report.close();
    await store.close();
    log.info('stopped');
  }

  return {
    guide,
    frontDoor,
    store,
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
