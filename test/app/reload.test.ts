import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/types.js';
import { buildGuide } from '../../src/app/knowledge.js';
import { createIndexStore } from '../../src/app/live-knowledge.js';
import { startApp, type App, type StartDeps } from '../../src/app/start.js';
import { captureLogger, tempProject, testConfig } from './helpers.js';
import { definitionDoc, eventually, GLOSSARY, realFactory, writeKnowledge, ZORBLAX } from './reload-helpers.js';

const running: App[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.stop()));
});

async function startWatching(files: Record<string, string>, over: Partial<StartDeps> = {}) {
  const { root, knowledgeDir } = tempProject();
  writeKnowledge(knowledgeDir, files);
  const { logger, records } = captureLogger();
  const config = testConfig(knowledgeDir, { watchKnowledge: 'auto', indexCacheDir: join(root, 'cache') });
  const app = await startApp(config, {
    ...realFactory,
    logger,
    cwd: root,
    createAdapters: () => [],
    processMetrics: false,
    indexCacheFallbackDir: join(root, 'fallback'),
    watch: { debounceMs: 100, pollIntervalMs: 100 },
    ...over,
  });
  running.push(app);
  const readyz = async () => (await (await fetch(`http://127.0.0.1:${app.address.port}/readyz`)).json()) as Record<string, any>;
  const ask = (text: string): Answer => app.guide.ask({ text });
  return { app, root, knowledgeDir, records, readyz, ask };
}

const cites = (answer: Answer, path: string) => answer.sources.some((s) => s.path === path);

describe('live knowledge reload', () => {
  it('answers from a document added while running, in a new folder, without a restart', async () => {
    const { knowledgeDir, ask, readyz, records } = await startWatching({ 'glossary.md': GLOSSARY });
    expect(ask('What is Zorblax?').answered).toBe(false);
    const before = (await readyz()).knowledge;
    expect(before).toMatchObject({ documents: 1, watching: 'fs.watch' });

    writeKnowledge(knowledgeDir, { 'team/notes/zorblax.md': ZORBLAX });
    const answer = await eventually(() => ask('What is Zorblax?'), (a) => a.answered, 'the new document answered');
    expect(answer.text).toContain('internal summarisation model');
    expect(cites(answer, 'team/notes/zorblax.md')).toBe(true);
    const after = (await readyz()).knowledge;
    expect(after).toMatchObject({ documents: 2, lastReload: { outcome: 'swapped' } });
    expect(after.hash).not.toBe(before.hash);
    expect(after.loadedAt > before.loadedAt).toBe(true);
    expect(records().some((r) => String(r.msg).startsWith('could not index in a worker thread'))).toBe(false);
  });

  it('saves the reloaded index, so a restart after the edit starts from it', async () => {
    const { app, root, knowledgeDir, ask, records } = await startWatching({ 'glossary.md': GLOSSARY });
    writeKnowledge(knowledgeDir, { 'zorblax.md': ZORBLAX });
    await eventually(() => ask('What is Zorblax?'), (a) => a.answered, 'the new document answered');
    await eventually(records, (lines) => lines.filter((r) => r.msg === 'index saved').length === 2, 'the reloaded index saved');
    await app.stop();
    const { logger } = captureLogger();
    const store = await createIndexStore({ dir: join(root, 'cache'), fallbackDir: join(root, 'fallback') }, logger);
    const restarted = await buildGuide(knowledgeDir, realFactory, logger, root, store);
    expect(restarted.index).toBe('saved');
    expect(restarted.guide.ask({ text: 'What is Zorblax?' }).answered).toBe(true);
  });

  it('no longer cites a document once it is removed', async () => {
    const { knowledgeDir, ask } = await startWatching({ 'glossary.md': GLOSSARY, 'zorblax.md': ZORBLAX });
    expect(cites(ask('What is Zorblax?'), 'zorblax.md')).toBe(true);
    rmSync(join(knowledgeDir, 'zorblax.md'));
    const answer = await eventually(() => ask('What is Zorblax?'), (a) => !cites(a, 'zorblax.md'), 'the removed document no longer cited');
    expect(answer.answered).toBe(false);
    expect(ask('What is retrieval-augmented generation?').answered).toBe(true);
  });

  it('keeps answering from the previous version when an edit breaks the knowledge, and says why in the log and on /readyz', async () => {
    const { knowledgeDir, ask, readyz, records } = await startWatching({ 'glossary.md': GLOSSARY, 'zorblax.md': ZORBLAX });
    const serving = (await readyz()).knowledge.hash;

    writeKnowledge(knowledgeDir, { 'models.yaml': 'models:\n  - name: Zorblax\n    context_window: lots\n', 'zorblax.md': definitionDoc('Zorblax', 'was renamed.') });
    const failed = await eventually(readyz, (r) => Boolean(r.knowledge.lastReloadError), '/readyz reporting the failed reload');
    expect(failed.status).toBe('ready');
    expect(failed.knowledge.hash).toBe(serving);
    expect(failed.knowledge.lastReloadError.message).toBe('The knowledge in knowledge/ has 3 errors:');
    expect(failed.knowledge.lastReloadError.problems).toContain('knowledge/models.yaml:3: models[0].context_window: expected number, got "lots" (model "Zorblax")');
    const logged = records().find((r) => r.file === 'knowledge/models.yaml:3');
    expect(logged).toMatchObject({ level: 50, msg: 'knowledge/models.yaml:3: models[0].context_window: expected number, got "lots" (model "Zorblax")' });
    expect(records().some((r) => r.level === 50 && String(r.msg).startsWith('knowledge reload failed, the previous version keeps serving'))).toBe(true);
    expect(ask('What is Zorblax?').text).toContain('internal summarisation model');

    rmSync(join(knowledgeDir, 'models.yaml'));
    const fixed = await eventually(readyz, (r) => r.knowledge.hash !== serving, 'the fixed knowledge swapped in');
    expect(fixed.knowledge.lastReloadError).toBeUndefined();
    expect(ask('What is Zorblax?').text).toContain('was renamed');
  });

  it('reports a syntax error in YAML with its line, and keeps serving', async () => {
    const { knowledgeDir, ask, readyz } = await startWatching({ 'zorblax.md': ZORBLAX });
    writeKnowledge(knowledgeDir, { 'synonyms.yaml': 'synonyms:\n  - [zorblax, zbx\n' });
    const failed = await eventually(readyz, (r) => Boolean(r.knowledge.lastReloadError), '/readyz reporting the failed reload');
    expect(failed.knowledge.lastReloadError.problems[0]).toMatch(/^knowledge\/synonyms\.yaml:\d+: /);
    expect(ask('What is Zorblax?').answered).toBe(true);
  });

  it('polls instead when the folder cannot be watched for change events', async () => {
    const cannotWatch = (() => {
      throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
    }) as unknown as typeof import('node:fs').watch;
    const { knowledgeDir, ask, readyz, records } = await startWatching({ 'glossary.md': GLOSSARY }, { watch: { debounceMs: 100, pollIntervalMs: 100, watch: cannotWatch } });
    expect((await readyz()).knowledge.watching).toBe('polling');
    expect(records().find((r) => r.level === 40)?.msg).toMatch(/^cannot watch .* \(ENOSPC: System limit for number of file watchers reached\): polling every 100 ms instead$/);
    writeKnowledge(knowledgeDir, { 'zorblax.md': ZORBLAX });
    await eventually(() => ask('What is Zorblax?'), (a) => a.answered, 'the new document answered by polling');
  });

  it('reloads once for a burst of edits, not once per file', async () => {
    const { knowledgeDir, ask, records } = await startWatching({ 'glossary.md': GLOSSARY });
    const burst: Record<string, string> = {};
    for (let i = 0; i < 30; i++) burst[`burst/term-${i}.md`] = definitionDoc(`Quuxel${i}`, `is test term number ${i}.`);
    writeKnowledge(knowledgeDir, burst);
    await eventually(() => ask('What is Quuxel29?'), (a) => a.answered, 'the last file of the burst answered');
    const reloads = records().filter((r) => r.msg === 'knowledge changed: reloading').length;
    expect(reloads).toBeGreaterThan(0);
    expect(reloads).toBeLessThan(30);
  });
});
