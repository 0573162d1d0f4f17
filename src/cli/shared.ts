import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Guide } from '../core/types.js';
import { loadKnowledge } from '../knowledge/load/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';

/** The repository's own knowledge folder (the default). */
export const DEFAULT_KNOWLEDGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');

export type CliArgs =
  | { ok: true; flags: Set<string>; knowledge: string; rest: string[] }
  | { ok: false; error: string };

/** Parses `--flag`s, `--knowledge DIR` and free words; KNOWLEDGE_DIR is the fallback folder. */
export function parseCliArgs(argv: string[], known: string[]): CliArgs {
  const flags = new Set<string>();
  const rest: string[] = [];
  let knowledge = process.env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--knowledge') {
      const dir = argv[++i];
      if (!dir) return { ok: false, error: '--knowledge needs a folder: --knowledge DIR' };
      knowledge = dir;
    } else if (arg.startsWith('--knowledge=')) knowledge = arg.slice('--knowledge='.length);
    else if (arg.startsWith('--') && known.includes(arg.slice(2))) flags.add(arg.slice(2));
    else if (arg.startsWith('--')) return { ok: false, error: `unknown option ${arg} (known: ${known.map((k) => `--${k}`).join(', ')}, --knowledge DIR)` };
    else rest.push(arg);
  }
  return { ok: true, flags, knowledge: resolve(knowledge), rest };
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
