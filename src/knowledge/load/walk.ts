import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { DocumentFormat } from '../types.js';

/** A file the loader will read: its path relative to the knowledge folder and how to parse it. */
export interface KnowledgeFile {
  /** Relative path with forward slashes: the document id. */
  path: string;
  absolutePath: string;
  format: DocumentFormat;
  /** Size in bytes, when known: files over the loader's limit are skipped unread. */
  bytes?: number;
}

/** What the walk found: the files to load, and every other file with why it is not loaded. */
export interface KnowledgeListing {
  files: KnowledgeFile[];
  /** Files of a type the loader does not read (images, spreadsheets, code…); reported, never silently dropped. */
  unsupported: string[];
}

const FORMATS: Readonly<Record<string, DocumentFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '': 'text', // extension-less files (README, NOTES) are read as plain text
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

/** The file name endings the loader reads, for messages: ".md, .markdown, .txt, …". */
export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS).filter(Boolean);

/** The format for a file name, or undefined for files the loader does not read (images, spreadsheets, code...). */
export function formatOf(name: string): DocumentFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Lists every file under `dir`, sorted by path so loading is deterministic: the loadable ones, and
 * the paths of the others. Hidden entries (dot-files, .git) and node_modules are not content and are
 * passed over; symbolic links are followed, each real directory visited once.
 */
export async function listKnowledgeFiles(dir: string): Promise<KnowledgeListing> {
  const files: KnowledgeFile[] = [];
  const unsupported: string[] = [];
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
      const target = await stat(childAbsolute).catch(() => undefined);
      if (!target) continue; // a dangling link, or removed while listing
      if (target.isDirectory()) {
        await visit(childAbsolute, childRelative);
      } else if (target.isFile()) {
        const format = formatOf(entry.name);
        if (format) files.push({ path: childRelative, absolutePath: childAbsolute, format, bytes: target.size });
        else unsupported.push(childRelative);
      }
    }
  }

  await visit(dir, '');
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { files: files.sort((a, b) => byPath(a.path, b.path)), unsupported: unsupported.sort(byPath) };
}
