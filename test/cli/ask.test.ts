import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const kb = join(root, 'test', 'fixtures', 'ask-kb');

function ask(args: string[], input = '') {
  const r = spawnSync(tsx, [join(root, 'src', 'cli', 'ask.ts'), ...args], { input, encoding: 'utf8', cwd: root, env: { ...process.env, KNOWLEDGE_DIR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run ask', () => {
  it('prints an answer with its sources for people', () => {
    const r = ask(['--knowledge', kb, 'what is a sprocket model?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A **sprocket model** turns rough sketches');
    expect(r.stdout).toContain('Sources:');
    expect(r.stdout).toContain('Widget model guide › Sprocket models (https://example.test/widgets) [widgets.md]');
  });

  it('prints one JSON object with --json', () => {
    const r = ask(['--json', '--knowledge', kb, 'context window of Cog 3 Max']);
    const answer = JSON.parse(r.stdout);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'kind', 'text', 'sources', 'suggestions']);
    expect(answer).toMatchObject({ question: 'context window of Cog 3 Max', answered: true, kind: 'fact' });
    expect(answer.text).toContain('128K (128,000) tokens');
    expect(answer.sources[0]).toEqual({ title: 'Model catalog', section: 'Cog 3 Max', url: 'https://example.test/widgets', path: 'models.yaml' });
  });

  it('answers a batch line by line, in order, echoing ids and using history', () => {
    const input = [
      JSON.stringify({ id: 'a', q: 'What is a gear model?' }),
      'what is a sprocket model?',
      JSON.stringify({ id: 7, q: 'and Ratchet 2?', history: ['How much does Cog 3 Max cost per 1M tokens?'] }),
      '{not json but a question about gear models',
      JSON.stringify({ id: 'oos', q: 'best banana bread recipe?' }),
    ].join('\n');
    const r = ask(['--json', '--batch', '--knowledge', kb], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', undefined, 7, undefined, 'oos']);
    expect(lines[0].text).toContain('next part in an assembly');
    expect(lines[1].answered).toBe(true);
    expect(lines[2].text).toContain('no per-token fee');
    expect(lines[4]).toMatchObject({ answered: false, sources: [] });
  });

  it('names a missing knowledge folder without a stack trace', () => {
    const r = ask(['--knowledge', join(root, 'no-such-folder'), 'hi']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`knowledge folder not found: ${join(root, 'no-such-folder')}`);
  });
});
