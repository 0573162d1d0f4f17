import { EXAMPLE_QUESTIONS } from '../../core/index.js';

/** Words that end the chat (as do Ctrl-D and Ctrl-C). */
export const EXIT_COMMANDS = ['exit', 'quit', 'bye', ':q'];
/** Words that forget the conversation so far. */
export const NEW_COMMANDS = ['new', 'reset', 'clear'];

export const DEFAULT_PROMPT = 'you › ';

export const HELP_TEXT = [
  'Ask anything about AI models in plain words, for example:',
  ...EXAMPLE_QUESTIONS.map((q) => `  ${q}`),
  'Follow-up questions keep the context of this conversation ("and how fast is it?").',
  '',
  'Commands:',
  '  help         show this help',
  '  1, 2, 3      ask one of the suggested follow-ups',
  '  new          start a new conversation (forget the context)',
  '  exit, quit   leave (or press Ctrl-D)',
].join('\n');

export function greeting(knowledge?: { documents: number; passages: number }): string {
  const loaded = knowledge ? ` (knowledge: ${knowledge.documents} documents, ${knowledge.passages} passages)` : '';
  return `Model Guide: ask about AI models${loaded}.\nType a question, "help" for examples and commands, "exit" to leave.`;
}

export type Command = { type: 'exit' } | { type: 'new' } | { type: 'suggestion'; index: number } | { type: 'question'; text: string };

/** What a typed line means: a command, a pick from the last suggestions, or a question ("help" is one: the front door knows it). */
export function parseLine(line: string): Command | undefined {
  const text = line.trim();
  if (!text) return undefined;
  const word = text.toLowerCase();
  if (EXIT_COMMANDS.includes(word)) return { type: 'exit' };
  if (NEW_COMMANDS.includes(word)) return { type: 'new' };
  if (/^[1-9]$/.test(text)) return { type: 'suggestion', index: Number(text) - 1 };
  return { type: 'question', text };
}
