import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliChild, root } from './run-cli.js';

const kb = join(root, 'test', 'fixtures', 'ask-kb');

const ask = (args: string[], input = '') => cli(['ask', ...args], { input });

describe('model-guide ask', () => {
  it('prints an answer with its sources for people', () => {
    const r = ask(['--knowledge', kb, 'what is a sprocket model?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A **sprocket model** turns rough sketches');
    expect(r.stdout).toContain('Sources:');
    expect(r.stdout).toContain('Widget model guide › Sprocket models (https://example.test/widgets) [widgets.md]');
  });

  it('prints one JSON object and nothing else on standard output with --json', () => {
    const r = ask(['--json', `--knowledge=${kb}`, 'context window of Cog 3 Max']);
    const answer = JSON.parse(r.stdout);
    expect(Object.keys(answer)).toEqual(['question', 'answered', 'kind', 'text', 'sources', 'suggestions']);
    expect(answer).toMatchObject({ question: 'context window of Cog 3 Max', answered: true, kind: 'fact' });
    expect(answer.text).toContain('128K (128,000) tokens');
    expect(answer.sources[0]).toEqual({ title: 'Model catalog', section: 'Cog 3 Max', url: 'https://example.test/widgets', path: 'models.yaml' });
  });

  it('reads the folder from KNOWLEDGE_DIR when --knowledge is not given', () => {
    const r = cli(['ask', '--json', 'what is a sprocket model?'], { env: { KNOWLEDGE_DIR: kb } });
    expect(JSON.parse(r.stdout).sources[0].path).toBe('widgets.md');
  });

  it('answers a batch line by line, in order, echoing ids and using history', () => {
    const input = [
      JSON.stringify({ id: 'a', q: 'What is a gear model?' }),
      'what is a sprocket model?',
      JSON.stringify({ id: 7, q: 'and Ratchet 2?', history: ['How much does Cog 3 Max cost per 1M tokens?'] }),
      JSON.stringify({ id: 'oos', q: 'best banana bread recipe?' }),
    ].join('\n');
    const r = ask(['--json', '--batch', '--knowledge', kb], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', undefined, 7, 'oos']);
    expect(lines[0].text).toContain('next part in an assembly');
    expect(lines[1].answered).toBe(true);
    expect(lines[2].text).toContain('no per-token fee');
    expect(lines[3]).toMatchObject({ answered: false, sources: [] });
    expect(lines.every((l) => l.error === undefined)).toBe(true);
  });

  it('answers malformed batch lines in order with answered: false and an error naming what was wrong', () => {
    const input = ['{"q":5}', '{"id":"x"}', 'not json {', '{"id":3,"q":"what is a sprocket model?"}', '[1, 2]', '{"id":"h","q":"and Ratchet 2?","history":"Cog 3 Max"}', '{"q":"   "}'];
    const r = ask(['--batch', '--knowledge', kb], `${input.join('\n')}\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(input.length);
    expect(lines.map((l) => [l.id, l.answered, l.error])).toEqual([
      [undefined, false, 'line 1: "q" must be a string (the question\'s text), got a number'],
      ['x', false, expect.stringMatching(/^line 2: missing "q"/)],
      [undefined, false, expect.stringMatching(/^line 3: not valid JSON \(/)],
      [3, true, undefined],
      [undefined, false, expect.stringMatching(/^line 5: expected a JSON object .*, got a list$/)],
      ['h', false, expect.stringMatching(/^line 6: "history" must be a list of the earlier questions as strings/)],
      [undefined, false, 'line 7: "q" is empty'],
    ]);
    for (const bad of lines.filter((l) => !l.answered)) {
      expect(bad).toMatchObject({ kind: 'error', sources: [], suggestions: [] });
      expect(bad.text).toContain(bad.error);
    }
  });

  it('prints its usage with --help or -h, and never takes -h for a question', () => {
    for (const flag of ['--help', '-h']) {
      const r = ask([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^usage: model-guide ask \[--json\]/);
      expect(r.stdout).toContain('--batch');
      expect(r.stderr).toBe('');
    }
  });

  it('refuses an unknown option or a missing question with exit status 2 and a pointer to --help', () => {
    const unknown = ask(['--verbose', 'what is LoRA?']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^model-guide ask: Unknown option '--verbose'/);
    expect(unknown.stderr).toContain('Run `model-guide ask --help` for its options.');
    const none = ask([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^model-guide ask: no question given\n/);
  });

  it('names a missing knowledge folder without a stack trace', () => {
    const r = ask(['--knowledge', join(root, 'no-such-folder'), 'hi']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`knowledge folder not found: ${join(root, 'no-such-folder')}`);
  });

  it('exits 0 quietly when the reader of its output goes away (| head -1)', { timeout: 30_000 }, async () => {
    const child = cliChild(['ask', '--batch', '--knowledge', kb]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.stdin.on('error', () => {}); // the child may be gone before all the input is written
    child.stdin.end('what is a sprocket model?\n'.repeat(5_000));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
