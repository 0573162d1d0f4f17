import { CONCEPT_KINDS, type ConceptDeclaration, type ConceptKind, type LoadProblem, type SourceRef } from '../types.js';
import { createWarning } from './problems.js';

/** Document fields from Markdown front matter (or the top-level keys of a YAML facts file). */
export interface DocumentMetadata {
  title?: string;
  description?: string;
  url?: string;
  author?: string;
  date?: string;
  tags: string[];
  sources: SourceRef[];
  /** Terms the document defines (given to its first passage). */
  defines: string[];
  /** Concepts the document declares (`concepts:`), with their aliases, kind and broader concept. */
  concepts?: Array<Omit<ConceptDeclaration, 'path'>>;
}

/** The keys read as metadata; everything else in front matter is ignored (e.g. `status`). */
export const METADATA_KEYS = ['title', 'description', 'url', 'author', 'date', 'tags', 'source', 'sources', 'defines', 'concepts'] as const;

const SOURCE_FIELDS = ['title', 'publisher', 'author', 'url', 'date'] as const;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return undefined;
}

function textList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => text(v) !== undefined)) return value.map((v) => text(v)!);
  return undefined;
}

function sourceOf(value: unknown): SourceRef | undefined {
  const title = text(value);
  if (title) return /^https?:\/\//.test(title) ? { title, url: title } : { title };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const source: SourceRef = {};
  for (const field of SOURCE_FIELDS) {
    const v = text((value as Record<string, unknown>)[field]);
    if (v) source[field] = v;
  }
  return Object.keys(source).length > 0 ? source : undefined;
}

/** Where a value sits under a top-level key: `['0', 'kind']` is the first entry's `kind`. */
export type MetadataPath = ReadonlyArray<string | number>;

/**
 * Reads metadata fields from a parsed mapping. A field of the wrong shape is ignored with a
 * warning naming it and its line (the bad entry's or field's own line, when the entry is in a list);
 * the document still loads.
 */
export function readMetadata(
  fields: Record<string, unknown>,
  path: string,
  /** The line of a top-level key, or of the value at `within` under it. */
  lineOf: (key: string, within?: MetadataPath) => number | undefined,
  /** Names where the fields are, in messages: "front matter". */
  context?: string,
): { metadata: DocumentMetadata; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  /** `label` names the field in the message ("concepts[2]"); the line is the key's unless given. */
  const warn = (label: string, expected: string, line = lineOf(label)) =>
    problems.push(createWarning(path, `${context ? `${context} ` : ''}${label}: expected ${expected}; ignored`, line));
  const metadata: DocumentMetadata = { tags: [], sources: [], defines: [] };

  for (const key of ['title', 'description', 'url', 'author', 'date'] as const) {
    if (fields[key] === undefined || fields[key] === null) continue;
    const value = text(fields[key]);
    if (value === undefined) warn(key, 'text');
    else metadata[key] = value;
  }
  for (const key of ['tags', 'defines'] as const) {
    if (fields[key] === undefined || fields[key] === null) continue;
    const list = textList(fields[key]);
    if (list === undefined) warn(key, 'a list of words');
    else metadata[key] = [...new Set(list.map((t) => t.toLowerCase()))];
  }
  for (const key of ['source', 'sources'] as const) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    const entries: unknown[] = Array.isArray(value) ? value : [value];
    entries.forEach((entry, i) => {
      const source = sourceOf(entry);
      if (source) metadata.sources.push(source);
      else warn(key, 'a title, or fields title, publisher, author, url, date', Array.isArray(value) ? (lineOf(key, [i]) ?? lineOf(key)) : lineOf(key));
    });
  }
  if (fields.concepts !== undefined && fields.concepts !== null) {
    const listed = Array.isArray(fields.concepts);
    const entries: unknown[] = listed ? (fields.concepts as unknown[]) : [fields.concepts];
    const concepts: NonNullable<DocumentMetadata['concepts']> = [];
    entries.forEach((entry, i) => {
      const concept = conceptOf(entry);
      if ('expected' in concept) {
        // The bad field's own line (a single concept written without a list has its fields right under the key).
        const within = [...(listed ? [i] : []), ...(concept.field ? [concept.field] : [])];
        warn(`concepts[${i}]`, concept.expected, (within.length > 0 ? lineOf('concepts', within) : undefined) ?? lineOf('concepts'));
      } else concepts.push(concept);
    });
    if (concepts.length > 0) metadata.concepts = concepts;
  }
  return { metadata, problems };
}

/** What a bad `concepts:` entry should have been, and the field that is wrong (none: the entry). */
interface BadConcept {
  expected: string;
  field?: string;
}

/** A `concepts:` entry, or what was expected of it. */
function conceptOf(value: unknown): Omit<ConceptDeclaration, 'path'> | BadConcept {
  const fields = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const name = text(fields?.name ?? value);
  if (!name) return { expected: 'a name, or fields name, aliases, kind, broader' };
  if (!fields) return { name, aliases: [] };
  const aliases = fields.aliases === undefined ? [] : textList(fields.aliases);
  if (aliases === undefined) return { expected: `"aliases" of "${name}" to be a list of words`, field: 'aliases' };
  const kind = text(fields.kind);
  if (kind !== undefined && !(CONCEPT_KINDS as readonly string[]).includes(kind)) {
    return { expected: `"kind" of "${name}" to be one of ${CONCEPT_KINDS.join(', ')} (got "${kind}")`, field: 'kind' };
  }
  const broader = text(fields.broader);
  return { name, aliases, ...(kind ? { kind: kind as ConceptKind } : {}), ...(broader ? { broader } : {}) };
}
