import { LineCounter, parseDocument } from 'yaml';
import type { LoadProblem, SynonymGroup } from '../types.js';
import { readCatalog, type LocatedModel } from './catalog.js';
import { readFacts } from './facts.js';
import type { DocumentMetadata } from './metadata.js';
import { createError, createWarning } from './problems.js';
import type { Section } from './section.js';
import { readSynonyms } from './synonyms.js';
import { createYamlLocator } from './yaml-locate.js';

export type YamlContent =
  | { kind: 'catalog'; models: LocatedModel[] }
  | { kind: 'synonyms'; groups: SynonymGroup[]; related: SynonymGroup[] }
  | { kind: 'facts'; metadata: DocumentMetadata; sections: Section[] }
  | { kind: 'none' };

/**
 * Reads a YAML file: a mapping with `models:` is a catalog, with `synonyms:` a synonyms file, any
 * other mapping structured facts. Syntax errors are errors with their line; nothing of the file loads.
 */
export function readYaml(text: string, file: string): { content: YamlContent; problems: LoadProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (pos: [number, number]) => lineCounter.linePos(pos[0]).line;
  if (doc.errors.length > 0) {
    return { content: { kind: 'none' }, problems: doc.errors.map((e) => createError(file, e.message, at(e.pos))) };
  }
  const problems = doc.warnings.map((w) => createWarning(file, w.message, at(w.pos)));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    return { content: { kind: 'none' }, problems: [...problems, createError(file, error instanceof Error ? error.message : String(error), 1)] };
  }
  if (value === null || value === undefined) {
    return { content: { kind: 'none' }, problems: [...problems, createWarning(file, 'empty YAML file; nothing to load')] };
  }
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    const line = at(doc.contents?.range ? [doc.contents.range[0], 0] : [0, 0]);
    return { content: { kind: 'none' }, problems: [...problems, createError(file, 'expected a mapping of keys at the top level (models:, synonyms:, or facts)', line)] };
  }
  const mapping = value as Record<string, unknown>;
  const locate = createYamlLocator(doc, lineCounter);
  if ('models' in mapping) {
    const { models, problems: found } = readCatalog(mapping, file, locate);
    return { content: { kind: 'catalog', models }, problems: [...problems, ...found] };
  }
  if ('synonyms' in mapping) {
    const { groups, related, problems: found } = readSynonyms(mapping, file, locate);
    return { content: { kind: 'synonyms', groups, related }, problems: [...problems, ...found] };
  }
  const { metadata, sections, problems: found } = readFacts(mapping, file, locate);
  return { content: { kind: 'facts', metadata, sections }, problems: [...problems, ...found] };
}
