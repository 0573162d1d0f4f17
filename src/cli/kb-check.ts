/**
 * `npm run kb:check [-- DIR]`: loads a knowledge folder (default `knowledge`) and reports what it
 * found and every problem, one per line as `path:line: message`. Exits 1 when any error is found
 * (the bot would refuse to start), 0 otherwise. Never prints a stack trace.
 */
import { formatProblem, loadKnowledge } from '../knowledge/load/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';

const USAGE = 'usage: npm run kb:check [-- DIR | --knowledge DIR]   (DIR defaults to ./knowledge)';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The one-line summary: "knowledge: 20 documents, 199 passages, 55 catalog models, 62 synonym groups; 0 errors, 1 warning". */
function summarise(dir: string, kb: KnowledgeBase): string {
  const errors = kb.problems.filter((p) => p.severity === 'error').length;
  const warnings = kb.problems.length - errors;
  return (
    `${dir}: ${plural(kb.documents.length, 'document')}, ${plural(kb.passages.length, 'passage')}, ` +
    `${plural(kb.models.length, 'catalog model')}, ${plural(kb.synonyms.length, 'synonym group')}; ` +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  );
}

/** Runs the check; returns the exit code. Output goes through `out` (stdout) and `err` (stderr). */
async function runKbCheck(
  args: readonly string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(USAGE);
    return 0;
  }
  let dir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === '--knowledge' ? args[++i] : arg.startsWith('--knowledge=') ? arg.slice('--knowledge='.length) : arg;
    if (!value || value.startsWith('-') || dir !== undefined) {
      err(`kb:check: unexpected arguments: ${args.join(' ')}`);
      err(USAGE);
      return 1;
    }
    dir = value;
  }
  const folder = dir ?? 'knowledge';
  let kb: KnowledgeBase;
  try {
    kb = await loadKnowledge(folder);
  } catch (error) {
    err(`kb:check: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  out(summarise(folder, kb));
  for (const problem of kb.problems) out(formatProblem(problem, folder));
  return kb.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

runKbCheck(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kb:check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
