import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, replayStage, stages, type Replayed } from './dockerfile.js';
import { startRedis } from '../support/redis.js';
import { projectRoot, start } from './process.js';

const run = promisify(execFile);
const dockerfile = stages(parseDockerfile(readFileSync(join(projectRoot, 'Dockerfile'), 'utf8')));
const final = dockerfile.at(-1)!;

describe('Docker image', () => {
  it('builds in stages and runs the final one as a non-root user with a health check, on Node 20', () => {
    expect(dockerfile.length).toBeGreaterThanOrEqual(2);
    expect(final.image).toBe('node:20-slim');
    expect(process.versions.node.split('.')[0]).toBe('20');
    const runs = final.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs).toEqual([expect.stringMatching(/^npm ci --omit=dev\b/)]);
    const user = final.instructions.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(final.instructions.some((i) => i.keyword === 'HEALTHCHECK' && i.args.includes('/app/healthcheck.js'))).toBe(true);
  });

  it('starts from the production layout (production dependencies, dist/, knowledge/), answers /healthz and shares state in Redis', { timeout: 600_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'model-guide-image-'));
    const built: Record<string, Replayed> = {};
    let image: Replayed | undefined;
    for (const [i, stage] of dockerfile.entries()) {
      image = await replayStage(stage, { dir: join(root, `stage-${i}`), context: projectRoot, built });
      if (stage.name) built[stage.name] = image;
    }
    image = image!;
    expect(existsSync(join(image.dir, 'dist', 'main.js'))).toBe(true);
    for (const dependency of ['pino', 'ioredis']) expect(existsSync(join(image.dir, 'node_modules', dependency))).toBe(true);
    for (const devOnly of ['typescript', 'vitest', 'tsx']) expect(existsSync(join(image.dir, 'node_modules', devOnly))).toBe(false);

    // The image's paths (/app/...) live in the replay folder; HEADLESS serves HTTP with no platform configured.
    const env = Object.fromEntries(Object.entries(image.env).map(([k, v]) => [k, v.replace(image.workdir, image.dir)]));
    // As deploy/ runs it: replicas share state in Redis, so the image's production dependencies must reach it.
    const redis = await startRedis();
    const app = start(image.cmd!, { cwd: image.dir, env: { ...env, HEADLESS: 'true', PORT: '0', HOST: '127.0.0.1', REDIS_URL: redis.url } });
    try {
      const listening = await app.waitFor(/"msg":"http server listening"/);
      expect(listening).toBeTruthy();
      const port = (JSON.parse(app.stdout().split('\n').find((l) => l.includes('http server listening'))!) as { port: number }).port;
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      await app.waitFor(/"msg":"ready"/);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      const readiness = (await ready.json()) as { knowledge: { documents: number }; store: unknown };
      expect(readiness.knowledge.documents).toBeGreaterThan(0);
      expect(readiness.store).toEqual({ backend: 'redis', state: 'ok' });

      const [cmd, ...args] = image.healthcheck!;
      await expect(run(cmd!, args, { cwd: image.dir, env: { PATH: process.env.PATH, ...env, PORT: String(port) } })).resolves.toBeDefined();
    } finally {
      app.child.kill('SIGTERM');
    }
    expect(await app.exited).toBe(0);
    await redis.stop();
  });
});
