// Which source dist/ was compiled from: `npm run build` (bin/build.js) saves a digest of every file the
// compiler reads, and bin/model-guide.js runs dist/ only while the source still matches it. Contents,
// not modification times: a copy or a checkout that touches every file is not a change.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where the build's digests are saved, relative to the project. */
export const STAMP = join('dist', '.source.json');

const SETTINGS = ['tsconfig.json', 'tsconfig.build.json'];

/** Path (relative to `root`, with /) → sha256 of the file, for src/**\/*.ts and the TypeScript settings. */
export function sourceDigests(root) {
  const digests = {};
  const add = (path) => {
    const key = relative(root, path).split(sep).join('/');
    digests[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) add(path);
    }
  };
  for (const name of SETTINGS) {
    try {
      add(join(root, name));
    } catch {
      // A project without one of them builds without it.
    }
  }
  walk(join(root, 'src'));
  return digests;
}

/** The first file that differs between the saved digests and the current ones (added, changed or gone), or undefined. */
export function firstChange(saved, current) {
  const paths = [...new Set([...Object.keys(current), ...Object.keys(saved)])].sort();
  return paths.find((path) => saved[path] !== current[path]);
}
