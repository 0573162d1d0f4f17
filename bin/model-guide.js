#!/usr/bin/env node
// The `model-guide` command (`npm start`, `npm run ask`, `npx model-guide …` all come here).
// It runs the compiled dist/ while it matches the source (bin/source-digest.js), and otherwise the
// TypeScript source through tsx (a development checkout), so no start pays for a compile. With
// neither, it says what to run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstChange, sourceDigests, STAMP } from './source-digest.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

/** Why dist/ is not the compiled current source (not built, or a file changed since), or undefined when it is. */
function staleSource() {
  if (!existsSync(join(dist, 'cli', 'index.js'))) return 'dist/ has not been built';
  let saved;
  try {
    saved = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
  } catch {
    return 'dist/ has not been built';
  }
  const changed = firstChange(saved, sourceDigests(root));
  return changed ? `${changed} changed after the last build` : undefined;
}

/** tsx's programmatic loader, when the development dependencies are installed. */
function tsxApi() {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return undefined;
  }
}

async function entry() {
  // A built image (Docker) has no src/: dist/ is all there is.
  const stale = existsSync(src) ? staleSource() : undefined;
  if (!stale) return join(dist, 'cli', 'index.js');
  const tsx = tsxApi();
  if (tsx) {
    (await import(tsx)).register();
    return join(src, 'cli', 'index.ts');
  }
  const fix = 'Build it once with `npm ci && npm run build` (then `npm prune --omit=dev` drops the build tools again).';
  process.stderr.write(`model-guide: ${stale}, and the TypeScript tools that run the source directly are not installed. ${fix}\n`);
  process.exit(1);
}

const { runCli } = await import(pathToFileURL(await entry()).href);
await runCli(process.argv.slice(2));
