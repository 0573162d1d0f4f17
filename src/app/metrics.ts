import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Telemetry } from '../bot/telemetry.js';
import type { StateStore } from '../state/store.js';
import type { HttpRoute } from '../adapters/types.js';
import type { KnowledgeInfo } from '../core/types.js';

/** Latency buckets in seconds: the core answers in about a millisecond, so resolve the low end finely. */
export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface MetricsDeps {
  /** The knowledge serving now (read at scrape time, so a reload shows at once); undefined before it loads. */
  knowledge: () => KnowledgeInfo | undefined;
  /** The state store, whose health is a gauge (absent: no gauge). */
  store?: Pick<StateStore, 'backend' | 'health'>;
  /** Node process metrics (CPU, memory, event loop lag); default true. */
  processMetrics?: boolean;
}

export interface Metrics {
  readonly registry: Registry;
  /** What the front door calls for each answer and error. */
  readonly telemetry: Telemetry;
  /** `GET /metrics` in Prometheus text format. */
  readonly routes: HttpRoute[];
}

/** Prometheus metrics on a registry of their own (no global state, so tests can make many). */
export function createMetrics(deps: MetricsDeps): Metrics {
  const registry = new Registry();
  if (deps.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'model_guide_' });

  const answers = new Counter({
    name: 'model_guide_answers_total',
    help: 'Questions answered, by platform, answer kind and whether the knowledge base supported an answer.',
    labelNames: ['platform', 'kind', 'answered'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'model_guide_answer_latency_seconds',
    help: 'Time the core took to answer a question.',
    labelNames: ['platform'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'model_guide_errors_total',
    help: 'Errors while handling a question or a platform event, by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  const knowledgeGauge = (name: string, help: string, read: (info: KnowledgeInfo) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const info = deps.knowledge();
        if (info) this.set(read(info));
      },
    });
  knowledgeGauge('model_guide_knowledge_documents', 'Documents in the knowledge serving now.', (i) => i.documents);
  knowledgeGauge('model_guide_knowledge_passages', 'Passages in the knowledge serving now.', (i) => i.passages);
  knowledgeGauge('model_guide_knowledge_loaded_timestamp_seconds', 'When the knowledge serving now was loaded.', (i) =>
    Math.floor(i.loadedAt.getTime() / 1000),
  );

  const store = deps.store;
  if (store) {
    new Gauge({
      name: 'model_guide_state_store_degraded',
      help: 'Whether the state store is degraded (1: Redis unreachable, state is per process), by backend.',
      labelNames: ['backend'] as const,
      registers: [registry],
      collect() {
        this.set({ backend: store.backend }, store.health() === 'degraded' ? 1 : 0);
      },
    });
  }

  const telemetry: Telemetry = {
    answer(event) {
      answers.inc({ platform: event.platform, kind: event.kind, answered: String(event.answered) });
      latency.observe({ platform: event.platform }, event.latencyMs / 1000);
    },
    error(platform) {
      errors.inc({ platform });
    },
  };

  const routes: HttpRoute[] = [
    {
      method: 'GET',
      path: '/metrics',
      handle(_req, res) {
        registry.metrics().then(
          (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
          () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
        );
      },
    },
  ];
  return { registry, telemetry, routes };
}
