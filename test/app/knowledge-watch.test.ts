import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isKnowledgePath, watchKnowledge, type KnowledgeWatcher } from '../../src/app/knowledge-watch.js';
import { captureLogger } from './helpers.js';
import { eventually } from './reload-helpers.js';

const open: KnowledgeWatcher[] = [];
afterEach(() => open.splice(0).forEach((w) => w.close()));

function pollFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'watch-'));
  writeFileSync(join(dir, 'a.md'), '# A\n');
  const calls: string[][] = [];
  const watcher = watchKnowledge(dir, (changed) => calls.push(changed), captureLogger().logger, { method: 'poll', pollIntervalMs: 20, debounceMs: 20 });
  open.push(watcher);
  return { dir, calls, watcher };
}

describe('knowledge folder watching', () => {
  it('notices a file added the moment polling says it is ready', async () => {
    const { dir, calls, watcher } = pollFolder();
    await watcher.ready;
    writeFileSync(join(dir, 'b.md'), '# B\n');
    await eventually(() => calls.length, (n) => n > 0, 'a change noticed by polling');
    expect(calls[0]).toEqual(['(polled)']);
  });

  it('does not call for an editor swap file or a hidden file', async () => {
    const { dir, calls, watcher } = pollFolder();
    await watcher.ready;
    writeFileSync(join(dir, '.a.md.swp'), 'x');
    writeFileSync(join(dir, '.hidden.md'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toEqual([]);
  });

  it('counts only the formats the loader reads as knowledge paths', () => {
    expect(isKnowledgePath('team/notes/zorblax.md')).toBe(true);
    expect(isKnowledgePath('notes/.draft.md')).toBe(false);
    expect(isKnowledgePath('node_modules/x/readme.md')).toBe(false);
    expect(isKnowledgePath('notes/todo.md~')).toBe(false);
  });
});
