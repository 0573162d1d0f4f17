import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason, TestSuite } from 'vitest/node';

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
}

/** True when a test was never meant to run: marked `skip`, `skipIf` or `todo` (itself or its suite), or left out by `only`. */
function skippedOnPurpose(test: TestCase): boolean {
  return test.options.mode === 'skip' || test.options.mode === 'todo';
}

/** True when the file or a suite around `test` failed on its own (a load error, a throwing `beforeAll`). */
function setupFailed(test: TestCase): boolean {
  for (let parent: TestSuite | TestModule = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
  }
}

/**
 * Counts a finished run. A test counts as skipped only when it was skipped on purpose (`skip`,
 * `skipIf`, `todo`, `only` elsewhere, `ctx.skip()`); one that never ran because its file failed to
 * load or a `beforeAll` around it threw counts as failed. So does every file or suite that failed on
 * its own (a load error, a throwing hook), every unhandled error, and a run vitest ended as failed
 * with nothing else to blame: whenever vitest exits non-zero, `failed` is above zero.
 */
export function summarise(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = [], reason: TestRunEndReason = 'passed'): Summary {
  const summary: Summary = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    for (const entity of [module, ...module.children.allSuites()]) if (entity.errors().length > 0) summary.failed++;
    for (const test of module.children.allTests()) {
      const { state } = test.result();
      if (state === 'passed') summary.passed++;
      else if (state === 'skipped' && (skippedOnPurpose(test) || !setupFailed(test))) summary.skipped++;
      else summary.failed++; // failed, never finished, or never ran because its setup failed
    }
  }
  summary.failed += unhandledErrors.length;
  if (reason !== 'passed' && summary.failed === 0) summary.failed = 1;
  return summary;
}

export function formatSummary({ passed, failed, skipped }: Summary): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/**
 * Ends a run with the plain line "N passed, N failed, N skipped", which CI reads to know that tests
 * really ran (vitest's own summary is not a format it parses). See `summarise` for what counts.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const summary = summarise(modules, unhandledErrors, reason);
    // The line and the exit status must agree, whatever vitest decides on its own.
    if (summary.failed > 0) process.exitCode = 1;
    process.stdout.write(`\n${formatSummary(summary)}\n`);
  }
}
