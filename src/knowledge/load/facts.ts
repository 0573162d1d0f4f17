import type { LoadProblem } from '../types.js';
import { readMetadata, METADATA_KEYS, type DocumentMetadata } from './metadata.js';
import type { Section } from './section.js';
import type { YamlLocator } from './yaml-locate.js';

/**
 * Any other YAML mapping is structured facts: each top-level key becomes a section, values become
 * readable "key: value" lines. A list of named items (`- name: SWE-bench Verified …`) gets one
 * section per item so each can be found on its own. Metadata keys (title, source, url, tags …)
 * describe the document, as front matter does.
 */

type Plain = string | number | boolean | null | undefined;

function isPlain(value: unknown): value is Plain {
  return value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function plainText(value: Plain | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value === null || value === undefined ? '' : String(value).trim();
}

/** `context_window` → `context window`; at the top `Context window`. */
export function labelOf(key: string, capitalise = false): string {
  const label = key.replace(/_/g, ' ').trim();
  return capitalise ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

/** A value on one line: scalars as text, lists joined with commas, mappings as "k: v; k: v". */
function inline(value: unknown): string {
  if (isPlain(value) || value instanceof Date) return plainText(value);
  if (Array.isArray(value)) return value.map(inline).filter(Boolean).join(', ');
  if (isMapping(value)) return Object.entries(value).map(([k, v]) => `${labelOf(k)}: ${inline(v)}`).filter((s) => !s.endsWith(': ')).join('; ');
  return '';
}

/** A value as lines: lists one item a line ("- …"), mappings one key a line, nested keys as "parent › key". */
function lines(value: unknown, prefix = ''): string[] {
  const lead = prefix ? `${prefix}: ` : '';
  if (isPlain(value) || value instanceof Date) {
    const text = plainText(value);
    return text ? [`${lead}${text}`] : [];
  }
  if (Array.isArray(value)) {
    if (prefix && value.every(isPlain)) return [`${lead}${inline(value)}`];
    return value.map((item) => `${prefix ? `${prefix}: ` : '- '}${inline(item)}`).filter((l) => !/^(?:- |.*: )$/.test(l));
  }
  if (!isMapping(value)) return [];
  const flat = Object.values(value).every((v) => isPlain(v) || (Array.isArray(v) && v.every(isPlain)));
  if (prefix && flat) return [`${lead}${inline(value)}`];
  return Object.entries(value).flatMap(([k, v]) => lines(v, prefix ? `${prefix} › ${labelOf(k)}` : labelOf(k)));
}

function itemName(item: unknown): string | undefined {
  if (!isMapping(item)) return undefined;
  const name = item.name ?? item.title ?? item.term;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}

function sectionsFor(key: string, value: unknown): Section[] {
  const heading = labelOf(key, true);
  if (Array.isArray(value) && value.length > 0 && value.every((item) => itemName(item) !== undefined)) {
    return value.map((item) => {
      const rest = Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([k]) => !['name', 'title', 'term'].includes(k)));
      return { headings: [heading, itemName(item)!], blocks: [lines(rest).join('\n')] };
    });
  }
  return [{ headings: [heading], blocks: [lines(value).join('\n')] }];
}

/** Reads a facts mapping into metadata and sections. */
export function readFacts(value: Record<string, unknown>, file: string, locate: YamlLocator): { metadata: DocumentMetadata; sections: Section[]; problems: LoadProblem[] } {
  const metaFields = Object.fromEntries(Object.entries(value).filter(([k]) => (METADATA_KEYS as readonly string[]).includes(k)));
  const { metadata, problems } = readMetadata(metaFields, file, (key, within) => (within ? locate.line([key, ...within]) : locate.keyLine([], key)));
  const sections = Object.entries(value)
    .filter(([k]) => !(METADATA_KEYS as readonly string[]).includes(k))
    .flatMap(([k, v]) => sectionsFor(k, v));
  return { metadata, sections, problems };
}
