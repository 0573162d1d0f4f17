/** Small real knowledge folders for the reload, saved-index and concurrency tests (the real loader and core). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createGuide } from '../../src/core/index.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

/** The real loader and core, as `npm start` passes them. */
export const realFactory = { loadKnowledge, createGuide };

/** A Markdown document defining `term` with `body` (front matter, a title and one section). */
export function definitionDoc(term: string, body: string): string {
  return `---\ntitle: ${term} notes\n---\n\n# ${term} notes\n\n## What ${term} is\n\n**${term}** ${body}\n`;
}

export const GLOSSARY = definitionDoc(
  'Retrieval-augmented generation',
  'looks up passages in a document store and gives them to the model with the question, so answers can cite the team’s own documents.',
);

export const ZORBLAX = definitionDoc(
  'Zorblax',
  'is the codename of our internal summarisation model, fine-tuned from an open-weights base model on support tickets.',
);

/** Writes files (path relative to `dir` → content), creating folders as needed. */
export function writeKnowledge(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * Resolves with `probe()`'s value once `accept` holds for it; fails after `timeoutMs` with the last value
 * seen. A state to reach, not a timing check: the limit is generous.
 */
export async function eventually<T>(probe: () => T | Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`never reached: ${what}; last seen ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await probe();
  }
  return value;
}
