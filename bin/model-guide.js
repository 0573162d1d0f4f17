#!/usr/bin/env node
// The `model-guide` command (`npm start`, `npm run ask`, `npx model-guide …` all come here).
// It runs the compiled dist/ when that is current, and otherwise the TypeScript source through tsx
// (a development checkout), so no start pays for a compile. With neither, it says what to run.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Why dist/ does not reflect the source (not built, or a file changed since), or undefined when it is current. */
function staleSource() {
  const main = mtime(join(dist, 'main.js'));
  if (main === undefined) return 'dist/ has not been built';
  for (const config of ['tsconfig.json', 'tsconfig.build.json']) {
    if ((mtime(join(root, config)) ?? 0) > main) return `${config} changed after the last build`;
  }
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const built = mtime(join(dist, relative(src, path)).replace(/\.ts$/, '.js'));
        if (built === undefined || mtime(path) > built) return `${relative(root, path)} changed after the last build`;
      }
    }
    return undefined;
  };
  return walk(src);
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
  const stale = mtime(src) === undefined ? undefined : staleSource();
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
