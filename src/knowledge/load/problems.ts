import type { LoadProblem } from '../types.js';

/** An error: the file (or the part of it named) is not loaded, and the bot refuses to start. */
export function createError(path: string, message: string, line?: number): LoadProblem {
  return line === undefined ? { path, message, severity: 'error' } : { path, line, message, severity: 'error' };
}

/** A warning: something was skipped or guessed, the rest loads. */
export function createWarning(path: string, message: string, line?: number): LoadProblem {
  return line === undefined ? { path, message, severity: 'warning' } : { path, line, message, severity: 'warning' };
}

/**
 * One problem as a line for people: `path:line: message`, warnings prefixed `warning: `.
 * `dir` (the knowledge folder as the user named it) is put in front of the relative path.
 */
export function formatProblem(problem: LoadProblem, dir?: string): string {
  // A problem with the folder as a whole has an empty path: it shows as the folder.
  const base = dir ? `${dir.replace(/[\\/]+$/, '')}/${problem.path}` : problem.path || '.';
  const where = problem.line === undefined ? base : `${base}:${problem.line}`;
  return `${problem.severity === 'warning' ? 'warning: ' : ''}${where}: ${problem.message}`;
}

/** Orders problems by file, then line, so reports read top to bottom. */
export function compareProblems(a: LoadProblem, b: LoadProblem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
