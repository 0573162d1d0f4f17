import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGuide, type GuideFactory } from '../../src/app/knowledge.js';
import { createIndexStore } from '../../src/app/live-knowledge.js';
import { INDEX_FORMAT_VERSION } from '../../src/knowledge/search/search-index.js';
import { captureLogger, tempProject } from './helpers.js';
import { definitionDoc, GLOSSARY, realFactory, writeKnowledge, ZORBLAX } from './reload-helpers.js';

/** A knowledge folder with two documents, a cache folder and a fallback folder, all empty of indexes. */
function setup() {
  const { root, knowledgeDir } = tempProject();
  writeKnowledge(knowledgeDir, { 'glossary.md': GLOSSARY, 'team/zorblax.md': ZORBLAX });
  return { root, knowledgeDir, cacheDir: join(root, 'cache'), fallbackDir: join(root, 'fallback') };
}

type Setup = ReturnType<typeof setup>;

async function start(s: Setup, options: { cacheDir?: string; factory?: GuideFactory } = {}) {
  const { logger, records } = captureLogger();
  const store = await createIndexStore({ dir: options.cacheDir ?? s.cacheDir, fallbackDir: s.fallbackDir }, logger);
  const built = await buildGuide(s.knowledgeDir, options.factory ?? realFactory, logger, s.root, store);
  return { ...built, logs: () => records() };
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []);

describe('the saved index', () => {
  it('is written after the first build and used, with the same answers, while the knowledge is unchanged', async () => {
    const s = setup();
    const first = await start(s);
    expect(first.index).toBe('built');
    expect(files(s.cacheDir)).toHaveLength(1);
    const second = await start(s);
    expect(second.index).toBe('saved');
    expect(second.logs().some((r) => r.msg === 'index loaded from the saved file')).toBe(true);
    const question = { text: 'What is Zorblax?' };
    expect(second.guide.ask(question)).toEqual(first.guide.ask(question));
  });

  it('is rebuilt and rewritten when a file changed, so the next start-up uses the new one', async () => {
    const s = setup();
    await start(s);
    writeKnowledge(s.knowledgeDir, { 'team/zorblax.md': definitionDoc('Zorblax', 'is the codename of our retired translation model.') });
    const changed = await start(s);
    expect(changed.index).toBe('built');
    expect(changed.logs().find((r) => String(r.msg).includes('is out of date'))?.reason).toBe('the knowledge files changed');
    expect(changed.guide.ask({ text: 'What is Zorblax?' }).text).toContain('retired translation model');
    const again = await start(s);
    expect(again.index).toBe('saved');
    expect(again.guide.ask({ text: 'What is Zorblax?' }).text).toContain('retired translation model');
  });

  it('is rebuilt when it was saved in an older index format', async () => {
    const s = setup();
    await start(s);
    const [name] = files(s.cacheDir);
    const path = join(s.cacheDir, name!);
    const [header, index] = readFileSync(path, 'utf8').split('\n');
    const old = { ...JSON.parse(header!), format: INDEX_FORMAT_VERSION - 1 };
    writeFileSync(path, `${JSON.stringify(old)}\n${index!.replace(`"version":${INDEX_FORMAT_VERSION}`, `"version":${INDEX_FORMAT_VERSION - 1}`)}`);

    const rebuilt = await start(s);
    expect(rebuilt.index).toBe('built');
    expect(rebuilt.logs().find((r) => String(r.msg).includes('is out of date'))?.reason).toBe(
      `index format ${INDEX_FORMAT_VERSION - 1}, expected ${INDEX_FORMAT_VERSION}`,
    );
    expect(JSON.parse(readFileSync(path, 'utf8').split('\n')[0]!).format).toBe(INDEX_FORMAT_VERSION);
    expect((await start(s)).index).toBe('saved');
  });

  it('is rebuilt when the loader reads the same files into different passages', async () => {
    const s = setup();
    await start(s);
    // Same files, same hash, but a loader change splits them differently: the old index no longer fits.
    const splitDifferently: GuideFactory = {
      ...realFactory,
      loadKnowledge: async (dir) => {
        const kb = await realFactory.loadKnowledge(dir);
        return { ...kb, passages: kb.passages.map((p) => ({ ...p, text: `${p.text} (re-split)` })) };
      },
    };
    const rebuilt = await start(s, { factory: splitDifferently });
    expect(rebuilt.index).toBe('built');
    expect(rebuilt.logs().find((r) => String(r.msg).includes('is out of date'))?.reason).toBe('the loader now reads the same files differently');
  });

  it('is not trusted when its contents are damaged: the index is rebuilt', async () => {
    const s = setup();
    await start(s);
    const path = join(s.cacheDir, files(s.cacheDir)[0]!);
    const [header] = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${header}\n{"version":${INDEX_FORMAT_VERSION},"hash":"trunc`);
    const rebuilt = await start(s);
    expect(rebuilt.index).toBe('built');
    expect(rebuilt.guide.ask({ text: 'What is Zorblax?' }).answered).toBe(true);
  });

  it('goes to the fallback folder when the cache folder cannot be written, and is found there next time', async () => {
    const s = setup();
    const blocked = join(s.root, 'a-file', 'cache'); // a folder under a regular file: mkdir fails (ENOTDIR) even as root
    writeFileSync(join(s.root, 'a-file'), 'not a folder');
    const first = await start(s, { cacheDir: blocked });
    expect(files(s.fallbackDir)).toHaveLength(1);
    expect(first.logs().find((r) => r.level === 40)?.msg).toMatch(/^saved the index in .*fallback instead \(.*a-file\/cache: ENOTDIR\)$/);
    expect((await start(s, { cacheDir: blocked })).index).toBe('saved');
  });

  it('never stops start-up when no folder can be written: it warns and serves', async () => {
    const s = setup();
    writeFileSync(join(s.root, 'a-file'), 'not a folder');
    const { logger, records } = captureLogger();
    const store = await createIndexStore({ dir: join(s.root, 'a-file', 'one'), fallbackDir: join(s.root, 'a-file', 'two') }, logger);
    const built = await buildGuide(s.knowledgeDir, realFactory, logger, s.root, store);
    expect(built.guide.ask({ text: 'What is Zorblax?' }).answered).toBe(true);
    expect(records().find((r) => r.level === 40)?.msg).toMatch(/^could not save the index \(.*ENOTDIR; .*ENOTDIR\): the next start-up rebuilds it$/);
  });
});
