/**
 * `model-guide kb:build [DIR]`: loads a knowledge folder (default: the configured KNOWLEDGE_DIR), builds
 * its search index and saves it where `npm start` looks (INDEX_CACHE_DIR), printing where and how long
 * each step took. A later start-up with unchanged knowledge loads that file instead of re-indexing.
 * Exits 1 (no stack trace) when the configuration or the knowledge has errors, or nothing can be saved.
 */
import { join, resolve } from 'node:path';
import { DEFAULT_INDEX_CACHE_DIR, displayPath, loadConfig } from '../app/config/index.js';
import { isAppError } from '../app/errors.js';
import { loadCheckedKnowledge } from '../app/knowledge.js';
import { createIndexStore } from '../app/live-knowledge.js';
import { createLogger } from '../app/logger.js';
import { createGuide } from '../core/index.js';
import { loadKnowledge } from '../knowledge/load/index.js';
import { parseCommandArgs, PROGRAM, USAGE_ERROR, usageError } from './args.js';
import { PROJECT_ROOT } from './shared.js';

export const HELP = `usage: ${PROGRAM} kb:build [DIR | --knowledge DIR]

Loads a knowledge folder, builds its search index and saves it where the bot looks (INDEX_CACHE_DIR),
printing where and how long each step took. A later start-up with unchanged files loads that index
instead of building it. Exits 1 when the configuration or the knowledge has errors, or nothing can be saved.

Options:
  DIR, --knowledge DIR   the folder (default: KNOWLEDGE_DIR, else the project's knowledge/)
  -h, --help             this help`;

const ms = (since: number) => `${Math.round(performance.now() - since).toLocaleString('en-US')} ms`;

async function build(args: string[], cwd: string): Promise<number> {
  const options = parseCommandArgs(args, { knowledge: { type: 'string' } }, 1);
  if (!options.ok || (options.positionals.length > 0 && options.values.knowledge !== undefined)) {
    console.error(usageError('kb:build', options.ok ? 'give the folder once: DIR or --knowledge DIR' : options.error));
    return USAGE_ERROR;
  }
  if (options.help) {
    console.log(HELP);
    return 0;
  }
  const parsed = loadConfig({ env: process.env, cwd, projectRoot: PROJECT_ROOT });
  if (!parsed.ok) {
    for (const error of parsed.errors) console.error(`Configuration error: ${error}`);
    return 1;
  }
  const given = options.positionals[0] ?? (options.values.knowledge as string | undefined);
  const dir = given ? resolve(cwd, given) : parsed.config.knowledgeDir;
  const cacheDir = parsed.config.indexCacheDir ?? join(PROJECT_ROOT, DEFAULT_INDEX_CACHE_DIR);
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

export async function run(args: string[]): Promise<number> {
  try {
    return await build(args, process.cwd());
  } catch (error) {
    console.error(isAppError(error) ? error.message : `kb:build: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
