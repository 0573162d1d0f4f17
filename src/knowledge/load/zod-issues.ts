import type { z } from 'zod';
import type { LoadProblem } from '../types.js';
import { createError } from './problems.js';
import type { YamlLocator, YamlPath } from './yaml-locate.js';

/** `models[3].context_window` */
export function formatPath(path: YamlPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value as it appears in a message: `"200K"`, `42`, `a list`. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text', object: 'a mapping', array: 'a list', boolean: 'true or false', int: 'a whole number',
};

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'required field is missing';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${show(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, got ${show(value)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, got ${show(value)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, got ${show(value)}`;
    case 'invalid_format':
      return `expected ${issue.format === 'url' ? 'a URL' : issue.format}, got ${show(value)}`;
    default:
      return issue.message;
  }
}

function squash(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Zod issues as problems with file and line: `models[3].context_window: expected number, got "200K"
 * (model "Claude 4.5 Sonnet")`. `nameOf` names the entry a path points into (`model "…"`), when known;
 * `knownKeys` suggests the field an unknown one was probably meant to be.
 */
export function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  file: string,
  locate: YamlLocator,
  options: { nameOf?: (path: YamlPath) => string | undefined; knownKeys?: readonly string[] } = {},
): LoadProblem[] {
  return issues.flatMap((issue) => {
    const name = options.nameOf?.(issue.path);
    const suffix = name ? ` (${name})` : '';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const meant = options.knownKeys?.find((k) => squash(k) === squash(key));
        const hint = meant ? `; did you mean "${meant}"?` : '';
        return createError(file, `${formatPath([...issue.path, key])}: unknown field${hint}${suffix}`, locate.keyLine(issue.path, key));
      });
    }
    const where = formatPath(issue.path) || 'file';
    return [createError(file, `${where}: ${describe(issue, valueAt(root, issue.path))}${suffix}`, locate.line(issue.path))];
  });
}
