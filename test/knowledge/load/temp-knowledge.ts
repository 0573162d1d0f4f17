import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes `files` (relative path → content) into a fresh temporary folder, removed after the test. */
export async function createKnowledgeDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kb-test-'));
  created.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** Loads `files` as a knowledge folder. */
export async function loadFiles(files: Record<string, string | Uint8Array>): Promise<KnowledgeBase> {
  return loadKnowledge(await createKnowledgeDir(files));
}

/** The passages of one document, by path. */
export function passagesOf(kb: KnowledgeBase, path: string) {
  return kb.passages.filter((p) => p.path === path);
}

/** Problems as the user sees them (`path:line: message`, warnings prefixed). */
export function problemLines(kb: KnowledgeBase): string[] {
  return kb.problems.map((p) => `${p.severity === 'warning' ? 'warning: ' : ''}${p.path}${p.line ? `:${p.line}` : ''}: ${p.message}`);
}
