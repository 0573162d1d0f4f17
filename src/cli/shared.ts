import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Guide } from '../core/types.js';
import { loadKnowledge } from '../knowledge/load/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';

/** The project's own folder (holding package.json and knowledge/), whether this runs from src/ or dist/. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** The repository's own knowledge folder (the default). */
export const DEFAULT_KNOWLEDGE_DIR = join(PROJECT_ROOT, 'knowledge');

/** The folder a command works on: `--knowledge DIR` (or a DIR argument), else KNOWLEDGE_DIR, else the project's knowledge/. */
export function knowledgeDirFrom(option: string | boolean | undefined): string {
  const chosen = typeof option === 'string' && option ? option : process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR;
  return resolve(chosen);
}

export type LoadedGuide = { ok: true; guide: Guide; kb: KnowledgeBase } | { ok: false; error: string };

/** Loads a folder and builds the guide; knowledge problems are reported on stderr, not thrown. */
export async function loadGuide(dir: string, create: (kb: KnowledgeBase) => Guide): Promise<LoadedGuide> {
  if (!existsSync(dir)) return { ok: false, error: `knowledge folder not found: ${dir}` };
  try {
    const kb = await loadKnowledge(dir);
    for (const p of kb.problems) {
      console.error(`${p.severity === 'warning' ? 'warning: ' : ''}${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    }
    return { ok: true, guide: create(kb), kb };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
