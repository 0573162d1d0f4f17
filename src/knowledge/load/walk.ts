import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DocumentFormat } from '../types.js';

/** A file the loader will read: its path relative to the knowledge folder and how to parse it. */
export interface KnowledgeFile {
  /** Relative path with forward slashes: the document id. */
  path: string;
  absolutePath: string;
  format: DocumentFormat;
}

const FORMATS: Readonly<Record<string, DocumentFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '': 'text', // extension-less files (README, NOTES) are read as plain text
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** The format for a file name, or undefined for files the loader ignores (images, PDFs, code...). */
export function formatOf(name: string): DocumentFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Lists every loadable file under `dir`, sorted by path so loading is deterministic. Hidden entries
 * and node_modules are skipped; symbolic links are followed, each real directory visited once.
 */
export async function listKnowledgeFiles(dir: string): Promise<KnowledgeFile[]> {
  const files: KnowledgeFile[] = [];
  const visited = new Set<string>();

  async function visit(absolute: string, relative: string): Promise<void> {
    const real = await realpath(absolute);
    if (visited.has(real)) return;
    visited.add(real);
    const entries = await readdir(absolute, { withFileTypes: true });
    for (const entry of entries) {
      if (isSkippedName(entry.name)) continue;
      const childAbsolute = join(absolute, entry.name);
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(childAbsolute).catch(() => undefined);
        if (!target) continue; // a dangling link
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDirectory) {
        await visit(childAbsolute, childRelative);
      } else if (isFile) {
        const format = formatOf(entry.name);
        if (format) files.push({ path: childRelative, absolutePath: childAbsolute, format });
      }
    }
  }

  await visit(dir, '');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
