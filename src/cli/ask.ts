/**
 * `model-guide ask [--json] [--batch] [--knowledge DIR] "question"`: answers from the command line.
 * Contract (other tools depend on it): --json prints one JSON object per answer; --batch reads one
 * question per stdin line (JSON {"id"?, "q", "history"?} or plain text) and writes one JSON line each,
 * in order; a line that cannot be read gets `answered: false` and an `error` naming what was wrong.
 */
import { createInterface } from 'node:readline';
import { createGuide } from '../core/index.js';
import type { Answer, Guide } from '../core/types.js';
import { parseCommandArgs, PROGRAM, USAGE_ERROR, usageError } from './args.js';
import { invalidLine, parseBatchLine, toJson } from './batch.js';
import { knowledgeDirFrom, loadGuide } from './shared.js';

export const HELP = `usage: ${PROGRAM} ask [--json] [--knowledge DIR] "question"
       ${PROGRAM} ask --batch [--knowledge DIR] < questions.txt

Answers a question from the knowledge base, with its sources.

Options:
  --json            print one JSON object: {"question", "answered", "kind", "text", "sources", "suggestions"}
  --batch           read one question per line of standard input, either a JSON object
                    {"id"?, "q", "history"?: [earlier questions, oldest first]} or plain text, and
                    write one JSON answer per line, in order, echoing "id"; a line that cannot be
                    read is answered with "answered": false and an "error" saying what was wrong
  --knowledge DIR   the knowledge folder (default: KNOWLEDGE_DIR, else the project's knowledge/)
  -h, --help        this help

In a checkout, \`npm run --silent ask -- …\` is the same (without --silent npm prints a banner first).`;

function forPeople(answer: Answer): string {
  const lines = [answer.text];
  if (answer.sources.length) {
    lines.push('', 'Sources:');
    for (const s of answer.sources) lines.push(`  - ${s.title} › ${s.section}${s.url ? ` (${s.url})` : ''} [${s.path}]`);
  }
  if (answer.suggestions.length) lines.push('', 'You could also ask:', ...answer.suggestions.map((q) => `  - ${q}`));
  return lines.join('\n');
}

async function runBatch(guide: Guide): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of rl) {
    lineNumber++;
    if (!line.trim()) continue;
    const item = parseBatchLine(line);
    const json = item.ok ? toJson(guide.ask({ text: item.q, history: item.history }), item.id) : invalidLine(line, lineNumber, item);
    process.stdout.write(`${JSON.stringify(json)}\n`);
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, batch: { type: 'boolean' }, knowledge: { type: 'string' } });
  if (!parsed.ok) {
    console.error(usageError('ask', parsed.error));
    return USAGE_ERROR;
  }
  if (parsed.help) {
    console.log(HELP);
    return 0;
  }
  const batch = parsed.values.batch === true;
  const question = parsed.positionals.join(' ').trim();
  if (batch && question) {
    console.error(usageError('ask', '--batch reads the questions from standard input: give no question with it'));
    return USAGE_ERROR;
  }
  if (!batch && !question) {
    console.error(usageError('ask', 'no question given'));
    return USAGE_ERROR;
  }
  const loaded = await loadGuide(knowledgeDirFrom(parsed.values.knowledge), createGuide);
  if (!loaded.ok) {
    console.error(loaded.error);
    return 1;
  }
  if (batch) {
    await runBatch(loaded.guide);
    return 0;
  }
  const answer = loaded.guide.ask({ text: question });
  console.log(parsed.values.json ? JSON.stringify(toJson(answer)) : forPeople(answer));
  return 0;
}
