import { cpSync, mkdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Dockerfile instructions with continuations joined and comments dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: { text: string; line: number } | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    const joined = pending ? `${pending.text} ${line}` : line;
    const start = pending?.line ?? i + 1;
    if (line.endsWith('\\')) {
      pending = { text: joined.slice(0, -1).trim(), line: start };
      return;
    }
    pending = undefined;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(joined) ?? [];
    out.push({ keyword: keyword.toUpperCase(), args, line: start });
  });
  return out;
}

export interface Stage {
  name: string | undefined;
  image: string;
  instructions: Instruction[];
}

export function stages(instructions: Instruction[]): Stage[] {
  const result: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const [image = '', as, name] = ins.args.split(/\s+/);
      result.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else {
      const current = result.at(-1);
      if (!current) throw new Error(`Dockerfile:${ins.line}: ${ins.keyword} before FROM`);
      current.instructions.push(ins);
    }
  }
  return result;
}

/** `["node", "x.js"]` or `node x.js`. */
export function execForm(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : ['sh', '-c', args];
}

export interface Replayed {
  dir: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  cmd?: string[];
  healthcheck?: string[];
  expose: string[];
}

/**
 * Replays one stage into `dir` as Docker would build it: COPY from the build context (or an earlier
 * stage), RUN in the stage's working directory. Paths under the stage's WORKDIR map onto `dir`.
 * An instruction this replay does not know fails, so the Dockerfile cannot grow a step the test skips.
 */
export async function replayStage(stage: Stage, options: { dir: string; context: string; built: Record<string, Replayed> }): Promise<Replayed> {
  const state: Replayed = { dir: options.dir, workdir: '/', env: {}, expose: [] };
  mkdirSync(options.dir, { recursive: true });
  const local = (path: string, from: Replayed) => join(from.dir, isAbsolute(path) ? relative(from.workdir, path) : path);
  for (const ins of stage.instructions) {
    const where = `Dockerfile:${ins.line}`;
    switch (ins.keyword) {
      case 'WORKDIR':
        state.workdir = ins.args;
        break;
      case 'ENV':
        for (const [, key, value] of ins.args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) state.env[key!] = value!.replace(/^"|"$/g, '');
        break;
      case 'COPY': {
        const words = ins.args.split(/\s+/);
        const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
        const [dest, ...sources] = words.filter((w) => !w.startsWith('--')).reverse();
        for (const source of sources.reverse()) {
          const origin = from ? local(source, options.built[from] ?? fail(`${where}: no stage ${from}`)) : join(options.context, source);
          const target = dest!.endsWith('/') ? join(local(dest!, state), source.split('/').at(-1)!) : local(dest!, state);
          cpSync(origin, target, { recursive: true });
        }
        break;
      }
      case 'RUN':
        await run('sh', ['-c', ins.args], { cwd: local(state.workdir, state), env: { ...process.env, ...state.env }, maxBuffer: 64 * 1024 * 1024 });
        break;
      case 'USER':
        state.user = ins.args;
        break;
      case 'EXPOSE':
        state.expose.push(...ins.args.split(/\s+/));
        break;
      case 'HEALTHCHECK':
        state.healthcheck = execForm(ins.args.slice(ins.args.indexOf('CMD') + 3).trim());
        break;
      case 'CMD':
        state.cmd = execForm(ins.args);
        break;
      default:
        throw new Error(`${where}: the production-layout test cannot replay ${ins.keyword}; teach test/app/dockerfile.ts or drop it`);
    }
  }
  return state;
}

function fail(message: string): never {
  throw new Error(message);
}
