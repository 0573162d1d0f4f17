/**
 * deploy/ is documentation (there is no Docker engine or cluster here), so these checks keep it true:
 * it names only real settings, runs every Discord shard exactly once, shares one Redis, balances
 * Slack's requests over every replica, and probes the port and paths the Dockerfile and the app serve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { SETTINGS } from '../src/app/config/index.js';
import { parseDockerfile, stages } from './app/dockerfile.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const known = new Set([...SETTINGS.map((s) => s.env), 'CONFIG_FILE']);
const exposed = stages(parseDockerfile(read('Dockerfile'))).at(-1)!.instructions.find((i) => i.keyword === 'EXPOSE')!.args;

/** 0..count-1, each exactly once, from each replica's DISCORD_SHARD_IDS. */
function coversEveryShardOnce(count: number, ids: string[]): boolean {
  const all = ids.flatMap((list) => list.split(',').map(Number)).sort((x, y) => x - y);
  return all.join(',') === Array.from({ length: count }, (_, i) => i).join(',');
}

describe('deploy/compose.yaml', () => {
  const compose = parse(read('deploy/compose.yaml'), { merge: true }) as { services: Record<string, any> };
  const bots = Object.entries(compose.services).filter(([, s]) => s.build?.dockerfile === 'Dockerfile');

  it('runs two bot replicas from the Dockerfile on one Redis and one key prefix, each Discord shard exactly once', () => {
    expect(bots.length).toBeGreaterThanOrEqual(2);
    expect(compose.services.redis?.image).toMatch(/^redis:/);
    const envs = bots.map(([, s]) => s.environment as Record<string, string>);
    expect(new Set(envs.map((e) => e.REDIS_URL))).toEqual(new Set(['redis://redis:6379']));
    expect(new Set(envs.map((e) => e.KEY_PREFIX)).size).toBe(1);
    const count = Number(envs[0]!.DISCORD_SHARD_COUNT);
    expect(envs.every((e) => Number(e.DISCORD_SHARD_COUNT) === count)).toBe(true);
    expect(coversEveryShardOnce(count, envs.map((e) => e.DISCORD_SHARD_IDS!))).toBe(true);
    for (const env of envs) for (const name of Object.keys(env)) expect(known, name).toContain(name);
  });

  it('puts a load balancer in front that sends /slack/events to every replica on the image\'s port', () => {
    const lb = Object.values(compose.services).find((s) => String(s.image).startsWith('nginx'));
    expect(lb?.ports).toEqual(['3000:80']);
    const nginx = read('deploy/nginx.conf');
    expect(nginx).toMatch(/location = \/slack\/events \{[^}]*proxy_pass http:\/\/model_guide;/);
    const upstreams = [...nginx.matchAll(/^\s*server ([\w-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams.sort()).toEqual(bots.map(([name]) => `${name}:${exposed}`).sort());
  });
});

describe('deploy/kubernetes.yaml', () => {
  const docs = parseAllDocuments(read('deploy/kubernetes.yaml')).map((d) => d.toJS() as Record<string, any>);
  const find = (kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata.name === name)!;
  const set = find('StatefulSet', 'model-guide');
  const container = set.spec.template.spec.containers[0];
  const config = find('ConfigMap', 'model-guide-config').data as Record<string, string>;

  it('names only real settings, and runs one Discord shard per pod, numbered by the pod', () => {
    for (const name of [...Object.keys(config), ...container.env.map((e: { name: string }) => e.name)]) expect(known, name).toContain(name);
    expect(set.spec.replicas).toBe(Number(config.DISCORD_SHARD_COUNT));
    expect(container.env).toContainEqual({ name: 'DISCORD_SHARD_IDS', valueFrom: { fieldRef: { fieldPath: "metadata.labels['apps.kubernetes.io/pod-index']" } } });
    // The ConfigMap comes last, so an empty value copied from .env.example into the secret cannot hide it.
    expect(container.envFrom.at(-1)).toEqual({ configMapRef: { name: 'model-guide-config' } });
  });

  it('shares the Redis the manifest runs, and probes the app\'s health paths on the image\'s port', () => {
    const redis = find('Service', 'model-guide-redis');
    expect(config.REDIS_URL).toBe(`redis://${redis.metadata.name}:${redis.spec.ports[0].port}`);
    expect(container.ports).toEqual([{ name: 'http', containerPort: Number(exposed) }]);
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(find('Service', 'model-guide').spec.selector).toEqual(set.spec.template.metadata.labels);
  });
});

describe('the README', () => {
  it('points to both deployment files', () => {
    const readme = read('README.md');
    for (const file of ['deploy/compose.yaml', 'deploy/kubernetes.yaml']) expect(readme).toContain(`](${file})`);
  });
});
