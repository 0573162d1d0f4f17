import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/app/errors.js';
import { buildGuide } from '../../src/app/knowledge.js';
import { captureLogger, fakeGuide, fakeKnowledgeBase, tempProject } from './helpers.js';

describe('loading the knowledge at start-up', () => {
  it('names each broken file and line, and builds no guide', async () => {
    const { root, knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    let built = false;
    const error = await buildGuide(
      knowledgeDir,
      {
        loadKnowledge: async (dir) =>
          fakeKnowledgeBase(dir, [
            { path: 'models.yaml', line: 42, message: '"context_window" must be a number', severity: 'error' },
            { path: 'notes.md', message: 'no title', severity: 'warning' },
          ]),
        createGuide: () => ((built = true), fakeGuide()),
      },
      logger,
      root,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(
      'The knowledge in knowledge/ has 1 error:\n  knowledge/models.yaml:42: "context_window" must be a number\nFix it and start again.',
    );
    expect(built).toBe(false);
  });

  it('logs warnings with their file and still builds the guide', async () => {
    const { root, knowledgeDir } = tempProject();
    const { logger, records } = captureLogger();
    const { guide } = await buildGuide(
      knowledgeDir,
      { loadKnowledge: async (dir) => fakeKnowledgeBase(dir, [{ path: 'notes.md', line: 3, message: 'no title', severity: 'warning' }]), createGuide: () => fakeGuide() },
      logger,
      root,
    );
    expect(guide.info.documents).toBe(3);
    expect(records().find((r) => r.level === 40 && r.file === 'knowledge/notes.md:3')?.msg).toBe('knowledge/notes.md:3: no title');
  });

  it('says when the knowledge folder does not exist', async () => {
    const { root } = tempProject();
    const { logger } = captureLogger();
    const error = await buildGuide(join(root, 'nope'), { loadKnowledge: async (d) => fakeKnowledgeBase(d), createGuide: () => fakeGuide() }, logger, root).catch((e: unknown) => e);
    expect((error as AppError).message).toBe(
      'The knowledge folder nope/ does not exist. Set KNOWLEDGE_DIR (or knowledgeDir in the YAML file) to the folder holding your Markdown and YAML documents.',
    );
  });
});
