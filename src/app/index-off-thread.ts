import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SearchIndex } from '../knowledge/search/search-index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { IndexCodec } from './index-cache.js';

/**
 * Running from TypeScript (tsx, vitest), the worker cannot load `index-worker.ts` by itself: it registers
 * tsx first. Compiled (`npm start`, Docker), it runs `index-worker.js` directly.
 */
function startWorker(kb: KnowledgeBase): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./index-worker.js', here), { workerData: { kb } });
  const tsx = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./index-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { kb } });
}

/** An index built in a worker, with the JSON it came as: saving it needs no second serialisation here. */
export interface OffThreadIndex {
  index: SearchIndex;
  json: string;
}

/**
 * Builds the index for `kb` in a worker thread and loads it here. This thread only copies the knowledge
 * base over and loads the finished index: a short pause instead of the whole build.
 */
export function buildIndexOffThread(kb: KnowledgeBase, codec: Pick<IndexCodec, 'loadSearchIndex'>): Promise<OffThreadIndex> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = startWorker(kb);
    const finish = (error: Error | undefined, built?: OffThreadIndex) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) reject(error);
      else resolve(built!);
    };
    worker.once('message', (json: string) => {
      const index = codec.loadSearchIndex(json, kb);
      finish(index ? undefined : new Error('the index built in the worker does not match the knowledge'), index && { index, json });
    });
    worker.once('error', (error) => finish(error));
    worker.once('exit', (code) => finish(new Error(`the index worker exited (${code}) before finishing`)));
  });
}
