import type { Answer } from '../core/types.js';

/** What the `ask` command prints for an answer (the contract other tools read). */
export interface JsonAnswer {
  id?: unknown;
  question: string;
  answered: boolean;
  kind: string;
  text: string;
  sources: { title: string; section: string; url?: string; path: string }[];
  suggestions: string[];
  /** Present only on a batch line that could not be read: what was wrong with it. */
  error?: string;
}

export function toJson(answer: Answer, id?: unknown): JsonAnswer {
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

/** A batch line read: a question to ask, or what was wrong with the line. */
export type BatchLine =
  | { ok: true; id?: unknown; q: string; history: string[] }
  | { ok: false; id?: unknown; error: string };

const EXAMPLE = '{"id": 1, "q": "what is LoRA?"}';

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`);

/**
 * Reads one batch line: a JSON object `{"id"?, "q", "history"?}` or a plain-text question. A line with
 * a brace in it (or in square brackets) is taken for JSON, so broken JSON is reported rather than asked
 * as a question.
 */
export function parseBatchLine(line: string): BatchLine {
  const text = line.trim();
  if (!/[{}]/.test(text) && !/^\[.*\]$/.test(text)) return { ok: true, q: text, history: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)}); write a JSON object such as ${EXAMPLE}, or the question as plain text without braces` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `expected a JSON object such as ${EXAMPLE}, got ${typeName(value)}` };
  }
  const obj = value as { id?: unknown; q?: unknown; question?: unknown; history?: unknown };
  const id = obj.id !== undefined ? { id: obj.id } : {};
  const key = obj.q === undefined && obj.question !== undefined ? 'question' : 'q';
  const q = obj[key];
  if (q === undefined) return { ok: false, ...id, error: `missing "q", the question's text: ${EXAMPLE}` };
  if (typeof q !== 'string') return { ok: false, ...id, error: `"${key}" must be a string (the question's text), got ${typeName(q)}` };
  if (!q.trim()) return { ok: false, ...id, error: `"${key}" is empty` };
  const history = obj.history ?? [];
  if (!Array.isArray(history) || history.some((h) => typeof h !== 'string')) {
    return { ok: false, ...id, error: `"history" must be a list of the earlier questions as strings, oldest first, got ${typeName(history)}${Array.isArray(history) ? ' with a non-string item' : ''}` };
  }
  return { ok: true, ...id, q: q.trim(), history: history as string[] };
}

/** The answer line for a batch line that could not be read: never answered, with the reason in `error`. */
export function invalidLine(line: string, lineNumber: number, problem: Extract<BatchLine, { ok: false }>): JsonAnswer {
  const error = `line ${lineNumber}: ${problem.error}`;
  return {
    ...(problem.id !== undefined ? { id: problem.id } : {}),
    question: line.trim(),
    answered: false,
    kind: 'error',
    text: `This line could not be read as a question: ${error}.`,
    sources: [],
    suggestions: [],
    error,
  };
}
