import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

describe('model-guide report', () => {
  it('prints an empty report, naming where it looked, before anything was recorded', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'report-cli-'));
    const run = cli(['report', '--since', '2d'], { cwd: dataDir, env: { DATA_DIR: dataDir } });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Model Guide report, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(UTC\), from report\.sqlite \(nothing recorded yet\)$/);
    expect(lines[1]).toBe('0 questions, 0 answered (–), 0 not answered; 0 👎');
    expect(lines).toContain('Top unanswered questions');
    expect(lines.filter((l) => / questions +–/.test(l))).toHaveLength(3);
  });

  it('refuses a period it cannot read with exit status 2, and shows its help', () => {
    const bad = cli(['report', '--since', 'last week']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since "last week": expected hours, days or weeks, such as 24h, 7d or 2w');
    const help = cli(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: model-guide report \[--since 7d\] \[--json\]/);
  });
});
