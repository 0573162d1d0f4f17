import { describe, expect, it } from 'vitest';
import { KnowledgeInvalidError, type BuiltGuide } from '../../src/app/knowledge.js';
import { createKnowledgeReloader, type ReloaderDeps } from '../../src/app/knowledge-reload.js';
import { createLiveGuide } from '../../src/app/live-guide.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { captureLogger, fakeGuide, fakeInfo, fakeKnowledgeBase, gate, type Gate } from './helpers.js';

/** A reloader over fake knowledge: each load returns the next hash; `hold` makes the next load wait for its gate. */
function setup() {
  const { logger } = captureLogger();
  const guide = createLiveGuide(fakeGuide(fakeInfo({ hash: 'v0' }), 'v0'));
  const holds: Gate[] = [];
  let version = 0;
  let loads = 0;
  let failNext: Error | undefined;
  const deps: ReloaderDeps = {
    guide,
    logger,
    watching: () => 'fs.watch',
    async load(): Promise<KnowledgeBase> {
      loads += 1;
      await holds.shift()?.promise;
      if (failNext) throw failNext;
      return { ...fakeKnowledgeBase('/kb'), hash: `v${++version}` };
    },
    async build(kb): Promise<BuiltGuide> {
      return { kb, index: 'built', guide: fakeGuide(fakeInfo({ hash: kb.hash }), kb.hash), save: async () => {} };
    },
  };
  const reloader = createKnowledgeReloader(deps);
  return {
    guide,
    reloader,
    loads: () => loads,
    hold: () => holds[holds.push(gate()) - 1]!,
    sameHashNext: () => (version -= 1),
    failNextWith: (error: Error | undefined) => (failNext = error),
  };
}

describe('swapping reloaded knowledge in', () => {
  it('answers from the old guide while the new one is built, and from the new one once swapped in', async () => {
    const s = setup();
    const held = s.hold();
    const reloading = s.reloader.reload('test');
    expect(s.guide.ask({ text: 'q' }).text).toBe('v0 answers "q"');
    held.open();
    expect(await reloading).toBe('swapped');
    expect(s.guide.ask({ text: 'q' }).text).toBe('v1 answers "q"');
  });

  it('folds the changes made during a reload into exactly one more reload', async () => {
    const s = setup();
    const held = s.hold();
    const first = s.reloader.reload('first edit');
    const more = [s.reloader.reload('second'), s.reloader.reload('third'), s.reloader.reload('fourth')];
    held.open();
    expect(await first).toBe('swapped');
    expect(await Promise.all(more)).toEqual(['swapped', 'swapped', 'swapped']);
    expect(s.loads()).toBe(2);
    expect(s.guide.info.hash).toBe('v2');
  });

  it('swaps nothing when the files hash the same (an editor touching a file)', async () => {
    const s = setup();
    await s.reloader.reload('first');
    s.sameHashNext();
    const swapped: string[] = [];
    s.guide.onSwap((next) => swapped.push(next.info.hash));
    expect(await s.reloader.reload('touched')).toBe('unchanged');
    expect(swapped).toEqual([]);
    expect(s.reloader.state().lastReload?.outcome).toBe('unchanged');
  });

  it('keeps the previous guide and records the error, then clears it on the next good reload', async () => {
    const s = setup();
    s.failNextWith(new KnowledgeInvalidError('The knowledge in kb/ has 1 error:\n  kb/models.yaml:4: bad\nFix it and start again.', ['kb/models.yaml:4: bad']));
    expect(await s.reloader.reload('broken edit')).toBe('failed');
    expect(s.guide.info.hash).toBe('v0');
    expect(s.reloader.state()).toMatchObject({
      watching: 'fs.watch',
      lastReload: { outcome: 'failed' },
      lastReloadError: { message: 'The knowledge in kb/ has 1 error:', problems: ['kb/models.yaml:4: bad'] },
    });
    s.failNextWith(undefined);
    expect(await s.reloader.reload('fixed')).toBe('swapped');
    expect(s.reloader.state().lastReloadError).toBeUndefined();
  });

  it('swaps nothing after it is closed, even a reload already under way', async () => {
    const s = setup();
    const held = s.hold();
    const reloading = s.reloader.reload('late edit');
    s.reloader.close();
    held.open();
    expect(await reloading).toBe('closed');
    expect(s.guide.info.hash).toBe('v0');
  });
});
