import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/types.js';
import { errorMessage, isAppError } from './errors.js';
import { KnowledgeInvalidError, type BuiltGuide } from './knowledge.js';
import type { LiveGuide } from './live-guide.js';

export type ReloadOutcome = 'swapped' | 'unchanged' | 'failed' | 'closed';

/** The last reload that failed, while the previous knowledge keeps serving; shown on /readyz. */
export interface ReloadError {
  at: string;
  message: string;
  /** Each error as `file:line: message` (empty when the folder itself could not be read). */
  problems: string[];
}

export interface ReloadState {
  /** How changes are noticed: `fs.watch`, `polling`. */
  watching: string;
  lastReload?: { at: string; outcome: Exclude<ReloadOutcome, 'closed'>; ms: number };
  /** Present while the most recent reload failed; cleared by the next one that succeeds. */
  lastReloadError?: ReloadError;
}

export interface ReloaderDeps {
  guide: LiveGuide;
  /** Loads and checks the knowledge (throws KnowledgeInvalidError when it has errors). */
  load(): Promise<KnowledgeBase>;
  /** Builds a complete guide over a checked knowledge base (index included) before anything is swapped. */
  build(kb: KnowledgeBase): Promise<BuiltGuide>;
  logger: Logger;
  /** How changes are noticed, for /readyz. */
  watching(): string;
}

export interface KnowledgeReloader {
  /** Loads, builds and swaps in the new knowledge. One reload runs at a time; requests during one coalesce into one more. */
  reload(reason: string): Promise<ReloadOutcome>;
  state(): ReloadState;
  /** No reload starts or swaps from now on. */
  close(): void;
}

/**
 * Reloads the knowledge beside the answering path: the new guide is loaded and indexed completely while
 * the old one answers, then swapped in with one assignment. A broken edit keeps the old guide serving.
 */
export function createKnowledgeReloader(deps: ReloaderDeps): KnowledgeReloader {
  const log = deps.logger.child({ module: 'knowledge-reload' });
  let running: Promise<ReloadOutcome> | undefined;
  let queued: Promise<ReloadOutcome> | undefined;
  let closed = false;
  let lastReload: ReloadState['lastReload'];
  let lastReloadError: ReloadError | undefined;

  function fail(error: unknown, started: number): ReloadOutcome {
    const problems = error instanceof KnowledgeInvalidError ? [...error.problems] : [];
    const message = error instanceof KnowledgeInvalidError ? error.message.split('\n')[0]! : errorMessage(error);
    for (const problem of problems) log.error({ file: problem.slice(0, problem.indexOf(': ')) }, problem);
    const serving = deps.guide.info.hash;
    log.error({ err: isAppError(error) ? undefined : error, errors: problems.length, serving }, `knowledge reload failed, the previous version keeps serving: ${message}`);
    lastReloadError = { at: new Date().toISOString(), message, problems };
    lastReload = { at: lastReloadError.at, outcome: 'failed', ms: Math.round(performance.now() - started) };
    return 'failed';
  }

  async function run(reason: string): Promise<ReloadOutcome> {
    if (closed) return 'closed';
    const started = performance.now();
    log.info({ reason }, 'knowledge changed: reloading');
    let next: BuiltGuide;
    try {
      const kb = await deps.load();
      if (kb.hash === deps.guide.info.hash) {
        lastReloadError = undefined;
        lastReload = { at: new Date().toISOString(), outcome: 'unchanged', ms: Math.round(performance.now() - started) };
        log.info({ hash: kb.hash }, 'knowledge unchanged: nothing to swap');
        return 'unchanged';
      }
      next = await deps.build(kb);
    } catch (error) {
      return fail(error, started);
    }
    if (closed) return 'closed';
    deps.guide.swap(next.guide);
    lastReloadError = undefined;
    lastReload = { at: new Date().toISOString(), outcome: 'swapped', ms: Math.round(performance.now() - started) };
    // Saved after the swap: the new knowledge answers first, the next start-up finds its index.
    await next.save();
    return 'swapped';
  }

  function reload(reason: string): Promise<ReloadOutcome> {
    if (!running) {
      running = run(reason).finally(() => (running = undefined));
      return running;
    }
    // Changes made while a reload runs may not be in it: run once more after it, however many arrive.
    queued ??= running.then(() => {
      queued = undefined;
      return reload(reason);
    });
    return queued;
  }

  return {
    reload,
    close() {
      closed = true;
    },
    state: () => ({
      watching: deps.watching(),
      ...(lastReload ? { lastReload } : {}),
      ...(lastReloadError ? { lastReloadError } : {}),
    }),
  };
}
