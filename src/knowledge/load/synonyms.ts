import { z } from 'zod';
import type { LoadProblem, SynonymGroup } from '../types.js';
import type { YamlLocator } from './yaml-locate.js';
import { issueProblems } from './zod-issues.js';

/** A synonyms file: `synonyms:` is a list of groups, each a list of interchangeable words or phrases. */
export const synonymsFileSchema = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    synonyms: z.array(z.array(z.string().trim().min(1)).min(2)),
    /** Words that answer each other without meaning the same ("behind", "caught up"): matched, weighed less. */
    related: z.array(z.array(z.string().trim().min(1)).min(2)).optional(),
  })
  .strict();

/** Reads synonym groups; like the catalog, valid groups load when another group has an error. */
export function readSynonyms(value: Record<string, unknown>, file: string, locate: YamlLocator): { groups: SynonymGroup[]; related: SynonymGroup[]; problems: LoadProblem[] } {
  const result = synonymsFileSchema.safeParse(value);
  const issues = result.success ? [] : result.error.issues;
  const problems = issueProblems(issues, value, file, locate, { knownKeys: Object.keys(synonymsFileSchema.shape) });
  const valid = (key: 'synonyms' | 'related') => {
    const bad = new Set(issues.filter((i) => i.path[0] === key && typeof i.path[1] === 'number').map((i) => i.path[1]));
    const raw = Array.isArray(value[key]) ? (value[key] as unknown[]) : [];
    return raw.flatMap((group, index) => {
      if (bad.has(index) || !Array.isArray(group)) return [];
      return [[...new Set(group.map((term) => String(term).trim()))]];
    });
  };
  return { groups: valid('synonyms'), related: valid('related'), problems };
}
