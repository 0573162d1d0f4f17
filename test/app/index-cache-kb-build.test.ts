import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGuide } from '../../src/app/knowledge.js';
import { createIndexStore } from '../../src/app/live-knowledge.js';
import { captureLogger, tempProject } from './helpers.js';
import { projectRoot, runToEnd } from './process.js';
import { GLOSSARY, realFactory, writeKnowledge, ZORBLAX } from './reload-helpers.js';

const tsx = pathToFileURL(join(projectRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const kbBuild = ['node', '--import', tsx, join(projectRoot, 'src', 'cli', 'kb-build.ts')];

describe('npm run kb:build', () => {
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

  it('names an unexpected argument and shows the usage', async () => {
    const { root } = tempProject();
    const result = await runToEnd([...kbBuild, '--fast'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('kb:build: unexpected arguments: --fast\nusage: npm run kb:build [-- DIR]   (DIR defaults to KNOWLEDGE_DIR, else ./knowledge in the project)\n');
  });
});
