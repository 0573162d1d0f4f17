import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason, TestSuite, Vitest } from 'vitest/node';

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

/** What was skipped and why (the reason a suite or test gives in its name, or `ctx.skip(note)`): one line per skipped suite or test. */
export function skippedLines(modules: ReadonlyArray<TestModule>): string[] {
  const lines: string[] = [];
  for (const module of modules) {
    const where = (name: string) => `${module.relativeModuleId} > ${name}`;
    for (const suite of module.children.allSuites()) {
      if (suite.options.mode !== 'skip' || (suite.parent.type === 'suite' && suite.parent.options.mode === 'skip')) continue;
      const count = [...suite.children.allTests()].length;
      lines.push(`${where(suite.fullName)}: ${count} test${count === 1 ? '' : 's'}`);
    }
    for (const test of module.children.allTests()) {
      const result = test.result();
      if (result.state !== 'skipped' || setupFailed(test)) continue;
      if (test.parent.type === 'suite' && skippedSuite(test.parent)) continue;
      lines.push(`${where(test.fullName)}${result.note ? ` (${result.note})` : test.options.mode === 'todo' ? ' (todo)' : ''}`);
    }
  }
  return lines;
}

function skippedSuite(suite: TestSuite): boolean {
  for (let s: TestSuite | TestModule = suite; s.type === 'suite'; s = s.parent) if (s.options.mode === 'skip') return true;
  return false;
}

export function formatSummary({ passed, failed, skipped }: Summary): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/**
 * Ends a run with the plain line "N passed, N failed, N skipped", which CI reads to know that tests
 * really ran (vitest's own summary is not a format it parses), after the list of what was skipped and
 * why. See `summarise` for what counts.
 */
export default class SummaryReporter implements Reporter {
  /** With `-t PATTERN` every other test is skipped: listing them would only bury the line. */
  private filtered = false;

  onInit(vitest: Vitest): void {
    this.filtered = vitest.config.testNamePattern !== undefined;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const summary = summarise(modules, unhandledErrors, reason);
    // The line and the exit status must agree, whatever vitest decides on its own.
    if (summary.failed > 0) process.exitCode = 1;
    const skipped = this.filtered ? [] : skippedLines(modules);
    const list = skipped.length > 0 ? `\nSkipped:\n${skipped.map((line) => `  ${line}`).join('\n')}\n` : '';
    process.stdout.write(`${list}\n${formatSummary(summary)}\n`);
  }
}
