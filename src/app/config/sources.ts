import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { ENV_FILE } from './settings.js';

export type Env = Record<string, string | undefined>;

/**
 * Variables from `.env` in `cwd` (if present) under those of the real environment: the environment wins.
 * Empty values count as unset, so `SLACK_APP_TOKEN=` in a copied `.env.example` means "not set".
 */
export function mergeEnv(cwd: string, env: Env): Env {
  const path = join(cwd, ENV_FILE);
  const fromFile = existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
  const set = (vars: Env) => Object.entries(vars).filter(([, value]) => value !== undefined && value.trim() !== '');
  return Object.fromEntries([...set(fromFile), ...set(env)]);
}

/** A parsed YAML settings file, able to say on which line a key sits. */
export interface ConfigFile {
  /** As shown in messages: the path the user gave, or relative to the working directory. */
  display: string;
  data: Record<string, unknown>;
  /** 1-based line of the key at `path` (or of its value, with `value`), when the file has it. */
  lineOf(path: readonly PropertyKey[], value?: boolean): number | undefined;
}

export type FileResult = { ok: true; file: ConfigFile } | { ok: false; errors: string[] };

export function readConfigFile(path: string, display: string): FileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${display}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? error}).`] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => `${display}:${e.linePos?.[0].line ?? 1}: invalid YAML: ${e.message.split('\n')[0]}`),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { ok: false, errors: [`${display}:1: expected a mapping of settings (key: value), found ${Array.isArray(data) ? 'a list' : typeof data}.`] };
  }
  return {
    ok: true,
    file: { display, data: data as Record<string, unknown>, lineOf: (p, value) => lineOf(doc, lines, p, value) },
  };
}

function lineOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], value = false): number | undefined {
  const parent = path.length <= 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
  const node = value ? (pair?.value as { range?: [number, number, number] } | null | undefined) : pair?.key;
  const offset = (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

export function getPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export function setPath(data: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = data;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

export function deletePath(data: Record<string, unknown>, path: readonly string[]): void {
  const parent = getPath(data, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[path[path.length - 1]!];
}
