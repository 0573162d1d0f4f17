/**
 * `model-guide kb:check [DIR | --knowledge DIR]`: loads a knowledge folder (default: KNOWLEDGE_DIR, else
 * the project's knowledge/) and reports what it found and every problem, one per line as
 * `path:line: message`. Exits 1 when any error is found (the bot would refuse to start, or would have
 * nothing to answer from), 0 otherwise. Never prints a stack trace.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../app/config/index.js';
import { catalogPassages } from '../knowledge/catalog-text.js';
import { formatProblem, loadKnowledge } from '../knowledge/load/index.js';
import type { KnowledgeBase, LoadProblem } from '../knowledge/types.js';
import { parseCommandArgs, PROGRAM, USAGE_ERROR, usageError } from './args.js';
import { knowledgeDirFrom } from './shared.js';

export const HELP = `usage: ${PROGRAM} kb:check [DIR | --knowledge DIR]

Loads a knowledge folder the way the bot does and prints what it holds, then every problem as
file:line: message (warnings prefixed "warning:"). Exits 1 when there is an error: the bot would
refuse to start on that folder, or it holds nothing to answer from.

Options:
  DIR, --knowledge DIR   the folder (default: KNOWLEDGE_DIR, else the project's knowledge/)
  -h, --help             this help`;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The passages the bot indexes: the documents' and one per catalog model (what its greeting counts). */
function passageCount(kb: KnowledgeBase): number {
  return kb.passages.length + catalogPassages(kb.models).length;
}

/** The one-line summary: "knowledge: 20 documents, 254 passages, 55 catalog models, 62 synonym groups; 0 errors, 1 warning". */
function summarise(dir: string, kb: KnowledgeBase, problems: readonly LoadProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    `${dir}: ${plural(kb.documents.length, 'document')}, ${plural(passageCount(kb), 'passage')}, ` +
    `${plural(kb.models.length, 'catalog model')}, ${plural(kb.synonyms.length, 'synonym group')}; ` +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  );
}

const where = (problem: LoadProblem, dir: string) => (problem.path ? formatProblem(problem, dir) : `${dir}: ${problem.message}`);

export async function run(args: string[]): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const parsed = parseCommandArgs(args, { knowledge: { type: 'string' } }, 1);
  if (!parsed.ok || (parsed.positionals.length > 0 && parsed.values.knowledge !== undefined)) {
    err(usageError('kb:check', parsed.ok ? 'give the folder once: DIR or --knowledge DIR' : parsed.error));
    return USAGE_ERROR;
  }
  if (parsed.help) {
    out(HELP);
    return 0;
  }
  const dir = knowledgeDirFrom(parsed.positionals[0] ?? parsed.values.knowledge);
  const shown = displayPath(dir, process.cwd());
  if (!existsSync(resolve(dir))) {
    err(`kb:check: knowledge folder not found: ${shown}`);
    return 1;
  }
  let kb: KnowledgeBase;
  try {
    kb = await loadKnowledge(dir);
  } catch (error) {
    err(`kb:check: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  // A folder with nothing to answer from is the loader's own error (path ''), so the bot refuses it too.
  const problems = kb.problems;
  out(summarise(shown, kb, problems));
  for (const problem of problems) out(where(problem, shown));
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
