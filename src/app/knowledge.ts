import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Logger } from 'pino';
import type { Guide } from '../core/types.js';
import type { KnowledgeBase, LoadProblem } from '../knowledge/types.js';
import type { LoadOptions } from '../knowledge/load/index.js';
import { displayPath } from './config/index.js';
import { AppError, errorMessage } from './errors.js';

/** The loader and the core, injected so tests (and a reload) can use their own. */
export interface GuideFactory {
  loadKnowledge(dir: string, options?: LoadOptions): Promise<KnowledgeBase>;
  createGuide(kb: KnowledgeBase): Guide;
}

export interface BuiltGuide {
  guide: Guide;
  kb: KnowledgeBase;
}

/**
 * Loads the knowledge folder and builds a guide over it. Errors in the knowledge (bad YAML, an invalid
 * catalog entry) throw an AppError listing each as `file:line: message`; warnings are logged. Used at
 * start-up and by a live reload, which keeps the old guide when this throws.
 */
export async function buildGuide(dir: string, factory: GuideFactory, logger: Logger, cwd = process.cwd()): Promise<BuiltGuide> {
  const shown = `${displayPath(dir, cwd).replace(/\/$/, '')}/`;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AppError(
      'KNOWLEDGE_INVALID',
      `The knowledge folder ${shown} does not exist. Set KNOWLEDGE_DIR (or knowledgeDir in the YAML file) to the ` +
        'folder holding your Markdown and YAML documents.',
    );
  }
  const log = logger.child({ module: 'knowledge' });
  const started = performance.now();
  let kb: KnowledgeBase;
  try {
    kb = await factory.loadKnowledge(dir);
  } catch (error) {
    throw new AppError('KNOWLEDGE_INVALID', `Could not load the knowledge in ${shown}: ${errorMessage(error)}`, { cause: error });
  }
  const where = (p: LoadProblem) => `${isAbsolute(p.path) ? displayPath(p.path, cwd) : join(shown, p.path)}${p.line ? `:${p.line}` : ''}`;
  for (const problem of kb.problems.filter((p) => p.severity === 'warning')) {
    log.warn({ file: where(problem) }, `${where(problem)}: ${problem.message}`);
  }
  const errors = kb.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map((p) => `  ${where(p)}: ${p.message}`);
    throw new AppError(
      'KNOWLEDGE_INVALID',
      `The knowledge in ${shown} has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${lines.join('\n')}\nFix ${errors.length === 1 ? 'it' : 'them'} and start again.`,
    );
  }
  let guide: Guide;
  try {
    guide = factory.createGuide(kb);
  } catch (error) {
    throw new AppError('KNOWLEDGE_INVALID', `Could not build the index over ${shown}: ${errorMessage(error)}`, { cause: error });
  }
  if (kb.documents.length === 0) log.warn({ dir: shown }, `the knowledge folder ${shown} has no documents: every question will go unanswered`);
  log.info(
    { documents: guide.info.documents, passages: guide.info.passages, models: guide.info.models, hash: guide.info.hash, ms: Math.round(performance.now() - started) },
    'knowledge loaded',
  );
  return { guide, kb };
}
