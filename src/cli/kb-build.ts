/**
 * `npm run kb:build [-- DIR]`: loads a knowledge folder (default: the configured KNOWLEDGE_DIR), builds
 * its search index and saves it where `npm start` looks (INDEX_CACHE_DIR), printing where and how long
 * each step took. A later start-up with unchanged knowledge loads that file instead of re-indexing.
 * Exits 1 (no stack trace) when the configuration or the knowledge has errors, or nothing can be saved.
 */
import { join, resolve } from 'node:path';
import { displayPath, loadConfig } from '../app/config/index.js';
import { isAppError } from '../app/errors.js';
import { loadCheckedKnowledge } from '../app/knowledge.js';
import { createIndexStore } from '../app/live-knowledge.js';
import { createLogger } from '../app/logger.js';
import { createGuide } from '../core/index.js';
import { loadKnowledge } from '../knowledge/load/index.js';

const USAGE = 'usage: npm run kb:build [-- DIR]   (DIR defaults to KNOWLEDGE_DIR, else ./knowledge in the project)';
const projectRoot = join(import.meta.dirname, '..', '..');

const ms = (since: number) => `${Math.round(performance.now() - since).toLocaleString('en-US')} ms`;

async function runKbBuild(args: readonly string[], cwd: string): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    console.error(`kb:build: unexpected arguments: ${args.join(' ')}\n${USAGE}`);
    return 1;
  }
  const parsed = loadConfig({ env: process.env, cwd, projectRoot });
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`Configuration error: ${error}`);
    return 1;
  }
  const dir = args[0] ? resolve(cwd, args[0]) : parsed.config.knowledgeDir;
  const cacheDir = parsed.config.indexCacheDir ?? join(cwd, '.cache');
  const logger = createLogger({ level: 'warn', pretty: true, secrets: parsed.config.secrets, destination: 2 });
  const factory = { loadKnowledge, createGuide };

  let started = performance.now();
  const kb = await loadCheckedKnowledge(dir, factory, logger, cwd);
  const loaded = ms(started);
  const store = await createIndexStore({ dir: cacheDir }, logger);
  started = performance.now();
  const index = store.buildSearchIndex(kb);
  const built = ms(started);
  started = performance.now();
  const saved = await store.cache.save(kb, index);
  if (!saved) {
    console.error(`kb:build: could not save the index in ${store.cache.dirs.join(' or ')} (see the warning above). Set INDEX_CACHE_DIR to a writable folder.`);
    return 1;
  }
  console.log(`${displayPath(dir, cwd)}: ${kb.documents.length} documents, ${index.passages.length} passages, ${kb.models.length} catalog models (hash ${kb.hash.slice(0, 12)})`);
  console.log(`loaded in ${loaded}, indexed in ${built}, saved in ${ms(started)}`);
  console.log(`saved index: ${displayPath(saved.file, cwd)} (${(saved.bytes / 1024 / 1024).toFixed(1)} MB)`);
  console.log('npm start loads it instead of re-indexing while these files stay unchanged.');
  return 0;
}

runKbBuild(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(isAppError(error) ? error.message : `kb:build: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
