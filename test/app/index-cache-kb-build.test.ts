import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/app/knowledge.js';
import { createIndexStore } from '../../src/app/live-knowledge.js';
import { captureLogger, tempProject } from './helpers.js';
import { projectRoot, runToEnd } from './process.js';
import { GLOSSARY, realFactory, writeKnowledge, ZORBLAX } from './reload-helpers.js';

const kbBuild = ['node', join(projectRoot, 'bin', 'model-guide.js'), 'kb:build'];

describe('model-guide kb:build', () => {
  it('builds and saves the index where start-up looks, saying where and how long it took', async () => {
    const { root, knowledgeDir } = tempProject();
    writeKnowledge(knowledgeDir, { 'glossary.md': GLOSSARY, 'zorblax.md': ZORBLAX });
    const result = await runToEnd([...kbBuild, 'knowledge'], { cwd: root, env: { INDEX_CACHE_DIR: 'saved' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^knowledge: 2 documents, 2 passages, 0 catalog models \(hash [0-9a-f]{12}\)$/);
    expect(lines[1]).toMatch(/^loaded in [\d,]+ ms, indexed in [\d,]+ ms, saved in [\d,]+ ms$/);
    expect(lines[2]).toMatch(/^saved index: saved\/model-guide-index-[0-9a-f]{16}\.json \(\d+\.\d MB\)$/);

    const { logger } = captureLogger();
    const store = await createIndexStore({ dir: join(root, 'saved'), fallbackDir: join(root, 'unused') }, logger);
    expect((await buildGuide(knowledgeDir, realFactory, logger, root, store)).index).toBe('saved');
  });

  it('refuses broken knowledge with the file and line, and saves nothing', async () => {
    const { root, knowledgeDir } = tempProject();
    writeKnowledge(knowledgeDir, { 'models.yaml': 'models:\n  - name: [unclosed\n' });
    const result = await runToEnd([...kbBuild, 'knowledge'], { cwd: root, env: { INDEX_CACHE_DIR: 'saved' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The knowledge in knowledge\/ has 1 error:\n {2}knowledge\/models\.yaml:\d+: /);
    expect(result.stdout).toBe('');
  });

  it('names an unexpected argument and points at its usage, with exit status 2', async () => {
    const { root } = tempProject();
    const result = await runToEnd([...kbBuild, '--fast'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^model-guide kb:build: Unknown option '--fast'.*\nRun `model-guide kb:build --help` for its options\.\n$/s);
    const help = await runToEnd([...kbBuild, '-h'], { cwd: root });
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, 'usage: model-guide kb:build [DIR | --knowledge DIR]']);
  });
});
