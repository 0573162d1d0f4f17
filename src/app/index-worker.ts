/**
 * Worker thread: builds the search index for the knowledge base it is given and posts it back as the
 * saved-index JSON, so a reload indexes without holding up the thread that answers questions.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex } from '../knowledge/search/search-index.js';
import type { KnowledgeBase } from '../knowledge/types.js';

const { kb } = workerData as { kb: KnowledgeBase };
parentPort?.postMessage(buildSearchIndex(kb).toJSON());
