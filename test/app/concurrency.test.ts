import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type App, type StartDeps } from '../../src/app/start.js';
import { captureLogger, fakeAdapter, gate, tempProject, testConfig } from './helpers.js';
import { definitionDoc, GLOSSARY, realFactory, writeKnowledge, ZORBLAX } from './reload-helpers.js';

const apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
});

/** The real loader and core over a small folder, with the default rate limit (10 a minute per user). */
async function startReal(createAdapters: StartDeps['createAdapters']) {
  const { root, knowledgeDir } = tempProject();
  writeKnowledge(knowledgeDir, { 'glossary.md': GLOSSARY, 'zorblax.md': ZORBLAX });
  const { logger } = captureLogger([], 'warn');
  const config = testConfig(knowledgeDir, { indexCacheDir: join(root, 'cache') });
  const app = await startApp(config, { ...realFactory, logger, cwd: root, createAdapters, processMetrics: false, indexCacheFallbackDir: join(root, 'fallback') });
  apps.push(app);
  return { app, knowledgeDir };
}

const count = <T>(items: readonly T[]) => items.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>());

describe('many questions at once', () => {
  it('keeps 200 questions in flight together and answers each exactly once', async () => {
    const replyGate = gate();
    let platform: ReturnType<typeof fakeAdapter> | undefined;
    const { app } = await startReal((deps) => [(platform = fakeAdapter(deps, { beforeReply: () => replyGate.promise }))]);
    // 20 people asking 10 questions each: everyone stays within the default fair-use limit.
    const asked = Array.from({ length: 200 }, (_, i) => platform!.ask(i % 2 ? 'What is Zorblax?' : 'What is retrieval-augmented generation?', `U${i % 20}`));
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.frontDoor.inFlight()).toBe(200);
    expect(platform!.replies).toEqual([]);

    replyGate.open();
    await Promise.all(asked);
    expect(platform!.replies).toHaveLength(200);
    const replies = count(platform!.replies);
    expect([...replies.values()]).toEqual([100, 100]);
    expect([...replies.keys()].some((r) => r.includes('internal summarisation model'))).toBe(true);
    expect([...replies.keys()].some((r) => r.includes('document store'))).toBe(true);
    expect(app.frontDoor.inFlight()).toBe(0);
  });

  it('answers every question in flight across a knowledge swap exactly once, each wholly by one version', async () => {
    const replyGate = gate();
    let platform: ReturnType<typeof fakeAdapter> | undefined;
    const { app, knowledgeDir } = await startReal((deps) => [(platform = fakeAdapter(deps, { beforeReply: () => replyGate.promise }))]);
    const before = Array.from({ length: 100 }, (_, i) => platform!.ask('What is Zorblax?', `U${i % 20}`));
    writeKnowledge(knowledgeDir, { 'zorblax.md': definitionDoc('Zorblax', 'is the codename of our retired translation model.') });
    expect(await app.reloadKnowledge()).toBe('swapped');
    const after = Array.from({ length: 100 }, (_, i) => platform!.ask('What is Zorblax?', `V${i % 20}`));
    replyGate.open();
    await Promise.all([...before, ...after]);

    expect(platform!.replies).toHaveLength(200);
    const versions = platform!.replies.map((r) =>
      r.includes('internal summarisation model') && !r.includes('retired') ? 'old' : r.includes('retired translation model') && !r.includes('summarisation') ? 'new' : 'mixed',
    );
    expect(count(versions)).toEqual(new Map([['old', 100], ['new', 100]]));
  });
});
