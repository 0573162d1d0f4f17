import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { catalogPassages } from '../knowledge/catalog-text.js';
import type { KnowledgeBase, Passage } from '../knowledge/types.js';

/**
 * Bump when the cache file's own layout changes. The index inside carries its own format version
 * (INDEX_FORMAT_VERSION), checked separately.
 */
export const CACHE_FILE_VERSION = 1;

/**
 * The first line of a cache file, readable without parsing the (large) index that follows it, so a
 * stale file is recognised, and the reason named, after reading a few hundred bytes.
 */
export interface CacheHeader {
  cache: number;
  /** The index format version it was saved with. */
  format: number;
  /** The knowledge hash (over the files' paths and contents). */
  knowledge: string;
  /**
   * A digest of the passages the loader made from those files: the same files give different passages
   * after a loader change (a new splitting rule), and an index over the old passages would be wrong.
   */
  passages: string;
  savedAt: string;
}

/** One cache file per knowledge folder, so two folders sharing a cache directory do not evict each other. */
export function cacheFileName(knowledgeDir: string): string {
  return `model-guide-index-${createHash('sha256').update(resolve(knowledgeDir)).digest('hex').slice(0, 16)}.json`;
}

export function cacheFilePath(cacheDir: string, knowledgeDir: string): string {
  return join(cacheDir, cacheFileName(knowledgeDir));
}

/** sha256 over every passage the index covers (the documents' and the catalog's), in order. */
export function digestPassages(kb: KnowledgeBase): string {
  const hash = createHash('sha256');
  const add = (p: Passage) => {
    hash.update(p.id).update('\0').update(p.docTitle).update('\0').update(p.headings.join('\u001f')).update('\0');
    hash.update(p.defines.join('\u001f')).update('\0').update(p.text).update('\n');
  };
  for (const p of kb.passages) add(p);
  for (const p of catalogPassages(kb.models)) add(p);
  hash.update(JSON.stringify(kb.synonyms));
  hash.update(JSON.stringify(kb.related ?? []));
  return hash.digest('hex');
}

export function headerFor(kb: KnowledgeBase, format: number, passages = digestPassages(kb)): CacheHeader {
  return { cache: CACHE_FILE_VERSION, format, knowledge: kb.hash, passages, savedAt: new Date().toISOString() };
}

/** Why a saved header does not fit this knowledge base, or undefined when it does. */
export function staleReason(header: CacheHeader, expected: Omit<CacheHeader, 'savedAt'>): string | undefined {
  if (header.cache !== expected.cache) return `cache file version ${header.cache}, expected ${expected.cache}`;
  if (header.format !== expected.format) return `index format ${header.format}, expected ${expected.format}`;
  if (header.knowledge !== expected.knowledge) return 'the knowledge files changed';
  if (header.passages !== expected.passages) return 'the loader now reads the same files differently';
  return undefined;
}

/** Reads the first line of a cache file (at most 64 KiB); undefined when it is missing or not a header. */
export async function readHeader(file: string): Promise<CacheHeader | undefined> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.indexOf('\n');
    if (end < 0) return undefined;
    const header = JSON.parse(text.slice(0, end)) as Partial<CacheHeader>;
    return typeof header.cache === 'number' && typeof header.knowledge === 'string' ? (header as CacheHeader) : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
