import { catalogFileSchema, catalogModelSchema, type CatalogModel } from '../catalog-schema.js';
import type { LoadProblem } from '../types.js';
import type { YamlLocator, YamlPath } from './yaml-locate.js';
import { issueProblems } from './zod-issues.js';

/** A catalog model and where it is defined (for duplicate-name errors). */
export interface LocatedModel {
  model: CatalogModel;
  path: string;
  line?: number;
}

const MODEL_FIELDS = Object.keys(catalogModelSchema.shape);
const FILE_FIELDS = Object.keys(catalogFileSchema.shape);

/**
 * Validates a model catalog (a mapping with `models:`) against catalogFileSchema. Every issue is an
 * error naming the file, line, field and model. Entries without issues still load, so one typo
 * does not hide the rest of the catalog from `kb:check` or a development run; the bot refuses to
 * start while any error remains, so a half-valid catalog never reaches users.
 */
export function readCatalog(value: Record<string, unknown>, file: string, locate: YamlLocator): { models: LocatedModel[]; problems: LoadProblem[] } {
  const entries = Array.isArray(value.models) ? (value.models as unknown[]) : [];
  const nameOf = (path: YamlPath) => {
    if (path[0] !== 'models' || typeof path[1] !== 'number') return undefined;
    const name = (entries[path[1]] as { name?: unknown } | undefined)?.name;
    return typeof name === 'string' && name.trim() ? `model ${JSON.stringify(name)}` : undefined;
  };
  const result = catalogFileSchema.safeParse(value);
  const issues = result.success ? [] : result.error.issues;
  const badEntries = new Set(issues.filter((i) => i.path[0] === 'models' && typeof i.path[1] === 'number').map((i) => i.path[1]));
  const problems = issueProblems(issues, value, file, locate, {
    nameOf,
    knownKeys: [...MODEL_FIELDS, ...FILE_FIELDS, 'input_per_1m', 'output_per_1m'],
  });
  const models: LocatedModel[] = [];
  entries.forEach((entry, index) => {
    if (badEntries.has(index)) return;
    const parsed = catalogModelSchema.safeParse(entry);
    if (!parsed.success) return;
    const line = locate.line(['models', index]);
    models.push(line === undefined ? { model: parsed.data, path: file } : { model: parsed.data, path: file, line });
  });
  return { models, problems };
}
