import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const platformSdks = ['@slack/', 'discord.js', '@discordjs/', 'pino', 'prom-client', 'node:http'];

describe('architecture', () => {
  for (const layer of ['core', 'knowledge']) {
    it(`keeps src/${layer} free of platform SDKs, adapters and the app`, () => {
      const offenders: string[] = [];
      for (const file of sourceFiles(join(root, layer))) {
        for (const spec of importsOf(file)) {
          const bad =
            platformSdks.some((sdk) => spec.startsWith(sdk)) ||
            /\/(adapters|app)\//.test(spec) ||
            (layer === 'knowledge' && /\/core\//.test(spec));
          if (bad) offenders.push(`${relative(root, file)} imports ${spec}`);
        }
      }
      expect(offenders).toEqual([]);
    });

    it(`never reads process.env in src/${layer}`, () => {
      const offenders = sourceFiles(join(root, layer))
        .filter((file) => readFileSync(file, 'utf8').includes('process.env'))
        .map((file) => relative(root, file));
      expect(offenders).toEqual([]);
    });
  }

  it('keeps adapters from importing the app or the state store (they go through the front door)', () => {
    const offenders = sourceFiles(join(root, 'adapters')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /\/(app|state)\//.test(spec) || spec.endsWith('/main.js'))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('loads the Redis client only when REDIS_URL is set: one module imports it, and only a dynamic import reaches that', () => {
    const importers = sourceFiles(root).filter((file) => importsOf(file).includes('ioredis')).map((file) => relative(root, file));
    expect(importers.sort()).toEqual(['state/redis-commands.ts', 'state/redis-store.ts']);
    const reachers = sourceFiles(root).filter((file) => /redis-(store|commands)\.js['"]/.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(reachers.sort()).toEqual(['state/index.ts', 'state/redis-store.ts']);
    expect(readFileSync(join(root, 'state', 'index.ts'), 'utf8')).toMatch(/await import\('\.\/redis-store\.js'\)/);
  });

  // The front door sits between adapters and the core; the state store below it knows neither.
  const layers: Record<string, RegExp> = { bot: /\/(adapters|app)\//, state: /\/(adapters|app|bot|core|knowledge)\// };
  for (const [layer, forbidden] of Object.entries(layers)) {
    it(`keeps src/${layer} free of platform SDKs, the process environment and the layers above it`, () => {
      const offenders = sourceFiles(join(root, layer)).flatMap((file) => [
        ...importsOf(file)
          .filter((spec) => ['@slack/', 'discord.js', '@discordjs/'].some((sdk) => spec.startsWith(sdk)) || forbidden.test(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
        ...(readFileSync(file, 'utf8').includes('process.env') ? [`${relative(root, file)} reads process.env`] : []),
      ]);
      expect(offenders).toEqual([]);
    });
  }
});
