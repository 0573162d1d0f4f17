import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { configSchema, type AppConfig } from './schema.js';
import { CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE, DEFAULT_DATA_DIR, DEFAULT_INDEX_CACHE_DIR, PATH_SETTINGS, SETTINGS, dotted, type SettingSpec } from './settings.js';
import { deletePath, getPath, mergeEnv, readConfigFile, setPath, type ConfigFile, type Env } from './sources.js';

export * from './schema.js';
export { SETTINGS, CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE, DEFAULT_DATA_DIR, DEFAULT_INDEX_CACHE_DIR, ENV_FILE } from './settings.js';

export interface ConfigSources {
  /** The process environment (`.env` in `cwd` is read under it). */
  env: Env;
  cwd: string;
  /** Where the app is installed: the default knowledge folder is `<projectRoot>/knowledge`. */
  projectRoot: string;
}

export type ConfigResult =
  | { ok: true; config: AppConfig; /** The YAML file read, if any. */ file?: string }
  | { ok: false; errors: string[] };

/** Parses the configuration once, from the environment, `.env` and the YAML file. Never throws. */
export function loadConfig(sources: ConfigSources): ConfigResult {
  const env = mergeEnv(sources.cwd, sources.env);
  const located = locateFile(env, sources.cwd);
  if (typeof located === 'string') return { ok: false, errors: [located] };

  let file: ConfigFile | undefined;
  const errors: string[] = [];
  if (located) {
    const read = readConfigFile(located.path, located.display);
    if (!read.ok) return read;
    file = read.file;
    for (const setting of SETTINGS.filter((s) => s.secret)) {
      if (getPath(file.data, setting.path) === undefined) continue;
      errors.push(
        `${where(file, setting.path)}: ${dotted(setting.path)} is a secret and is read only from the environment: ` +
          `remove it from the file and set ${setting.env} (for example in .env).`,
      );
      deletePath(file.data, setting.path);
    }
  }

  const raw: Record<string, unknown> = structuredClone(file?.data ?? {});
  const fileDir = located ? dirname(located.path) : sources.cwd;
  const isPath = (setting: SettingSpec) => (PATH_SETTINGS as readonly string[]).includes(setting.path.join('.'));
  for (const key of PATH_SETTINGS) {
    const fromFile = getPath(raw, [key]);
    if (typeof fromFile === 'string' && fromFile.trim()) raw[key] = resolve(fileDir, fromFile.trim());
  }
  for (const setting of SETTINGS) {
    const value = env[setting.env];
    if (value === undefined) continue;
    setPath(raw, setting.path, isPath(setting) ? resolve(sources.cwd, value) : value);
  }
  if (raw.knowledgeDir === undefined) raw.knowledgeDir = join(sources.projectRoot, 'knowledge');
  if (raw.indexCacheDir === undefined) raw.indexCacheDir = join(sources.projectRoot, DEFAULT_INDEX_CACHE_DIR);
  if (raw.dataDir === undefined) raw.dataDir = join(sources.projectRoot, DEFAULT_DATA_DIR);

  const parsed = configSchema.safeParse(raw);
  if (parsed.success && errors.length === 0) {
    return located ? { ok: true, config: parsed.data, file: located.path } : { ok: true, config: parsed.data };
  }
  const issues = parsed.success ? [] : parsed.error.issues;
  return { ok: false, errors: [...errors, ...issues.flatMap((issue) => describe(issue, raw, env, file))] };
}

function locateFile(env: Env, cwd: string): { path: string; display: string } | undefined | string {
  const named = env[CONFIG_FILE_ENV];
  if (named) {
    const path = resolve(cwd, named);
    if (existsSync(path)) return { path, display: named };
    return `${CONFIG_FILE_ENV}=${named}: no such file (looked for ${path}). Point ${CONFIG_FILE_ENV} at your YAML settings file, or unset it.`;
  }
  const path = join(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(path) ? { path, display: DEFAULT_CONFIG_FILE } : undefined;
}

function where(file: ConfigFile, path: readonly PropertyKey[]): string {
  const line = file.lineOf(path);
  return line === undefined ? file.display : `${file.display}:${line}`;
}

/** The setting an issue's path falls under (a list item's issue belongs to the list). */
function settingFor(path: readonly PropertyKey[]): SettingSpec | undefined {
  return SETTINGS.find((s) => s.path.every((key, i) => path[i] === key));
}

/** Turns one schema issue into a message naming the variable (or file, line and key) and the bad value. */
function describe(issue: z.core.$ZodIssue, raw: unknown, env: Env, file: ConfigFile | undefined): string[] {
  // Cross-field checks word their own whole sentence (which variable is missing, and the fix).
  if (issue.code === 'custom' && issue.params?.sentence) return [issue.message];
  if (issue.code === 'unrecognized_keys') {
    const depth = issue.path.length;
    const section = depth ? ` in ${dotted(issue.path)}` : '';
    const known = SETTINGS.filter((s) => s.path.length > depth && issue.path.every((k, i) => s.path[i] === k))
      .filter((s) => !(s.secret && s.path.length === depth + 1))
      .map((s) => s.path[depth]);
    const list = [...new Set(known)];
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const at = file ? where(file, path) : 'config';
      return `${at}: unknown key "${dotted(path)}"; known keys${section}: ${list.join(', ')}.`;
    });
  }
  const setting = settingFor(issue.path);
  const value = setting ? getPath(raw, setting.path) : getPath(raw, issue.path);
  if (setting && env[setting.env] !== undefined) {
    const named = setting.secret ? setting.env : `${setting.env}=${JSON.stringify(value)}`;
    return [`${named}: ${issue.message}.`];
  }
  const shown = setting?.secret ? '' : ` (got ${JSON.stringify(value)})`;
  const key = dotted(setting?.path ?? issue.path);
  const at = file ? where(file, setting?.path ?? issue.path) : 'config';
  return [`${at}: ${key} ${issue.message}${shown}.`];
}

/** Relative to `cwd` when inside it: how paths are shown to the operator. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
