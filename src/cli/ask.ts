/**
 * `npm run ask -- [--json] [--batch] [--knowledge DIR] "question"`: answers from the command line.
 * Contract (other tools depend on it): --json prints one JSON object per answer; --batch reads one
 * question per stdin line (JSON {"id"?, "q", "history"?} or plain text) and writes one JSON line each.
 */
import { createInterface } from 'node:readline';
import { createGuide } from '../core/index.js';
import type { Answer, Guide } from '../core/types.js';
import { loadGuide, parseCliArgs } from './shared.js';

function toJson(answer: Answer, id?: unknown) {
  return {
    ...(id !== undefined ? { id } : {}),
    question: answer.question,
    answered: answer.answered,
    kind: answer.kind,
    text: answer.text,
    sources: answer.sources.map((s) => ({ title: s.title, section: s.section, ...(s.url ? { url: s.url } : {}), path: s.path })),
    suggestions: answer.suggestions,
  };
}

function forPeople(answer: Answer): string {
  const lines = [answer.text];
  if (answer.sources.length) {
    lines.push('', 'Sources:');
    for (const s of answer.sources) lines.push(`  - ${s.title} › ${s.section}${s.url ? ` (${s.url})` : ''} [${s.path}]`);
  }
  if (answer.suggestions.length) lines.push('', 'You could also ask:', ...answer.suggestions.map((q) => `  - ${q}`));
  return lines.join('\n');
}

interface BatchItem {
  id?: unknown;
  q: string;
  history: string[];
}

function parseLine(line: string): BatchItem {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const obj = JSON.parse(trimmed) as { id?: unknown; q?: unknown; question?: unknown; history?: unknown };
      const q = typeof obj.q === 'string' ? obj.q : typeof obj.question === 'string' ? obj.question : '';
      const history = Array.isArray(obj.history) ? obj.history.filter((h): h is string => typeof h === 'string') : [];
      return { ...(obj.id !== undefined ? { id: obj.id } : {}), q, history };
    } catch {
      // Not JSON after all: treat the line as the question's text.
    }
  }
  return { q: trimmed, history: [] };
}

async function runBatch(guide: Guide): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const item = parseLine(line);
    process.stdout.write(`${JSON.stringify(toJson(guide.ask({ text: item.q, history: item.history }), item.id))}\n`);
  }
}

async function main(): Promise<number> {
  const args = parseCliArgs(process.argv.slice(2), ['json', 'batch']);
  if (!args.ok) {
    console.error(args.error);
    return 2;
  }
  const loaded = await loadGuide(args.knowledge, createGuide);
  if (!loaded.ok) {
    console.error(loaded.error);
    return 1;
  }
  const guide = loaded.guide;
  if (args.flags.has('batch')) {
    await runBatch(guide);
    return 0;
  }
  const question = args.rest.join(' ').trim();
  if (!question) {
    console.error('usage: npm run ask -- [--json] [--batch] [--knowledge DIR] "your question"');
    return 2;
  }
  const answer = guide.ask({ text: question });
  console.log(args.flags.has('json') ? JSON.stringify(toJson(answer)) : forPeople(answer));
  return 0;
}

process.exitCode = await main();
