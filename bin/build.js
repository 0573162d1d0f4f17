#!/usr/bin/env node
// `npm run build`: compiles src/ into dist/ with tsc, then saves the digests of the source it compiled
// (bin/source-digest.js), so bin/model-guide.js knows dist/ is current without compiling again.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceDigests, STAMP } from './source-digest.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Taken before compiling: a file edited while tsc runs then shows as changed, never as built.
const digests = sourceDigests(root);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (compiled.status === 0) writeFileSync(join(root, STAMP), `${JSON.stringify(digests, null, 1)}\n`);
process.exitCode = compiled.status ?? 1;
