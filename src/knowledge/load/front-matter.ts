import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { LoadProblem } from '../types.js';
import { readMetadata, type DocumentMetadata } from './metadata.js';
import { createError } from './problems.js';
import { createYamlLocator } from './yaml-locate.js';

export type FrontMatterResult =
  | { ok: true; metadata: DocumentMetadata; body: string; problems: LoadProblem[] }
  | { ok: false; problems: LoadProblem[] };

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** True when the text opens with a `---` front matter block. */
export function hasFrontMatter(text: string): boolean {
  const end = text.indexOf('\n');
  // "---" followed by a blank line is a horizontal rule opening the text, not front matter.
  return end > 0 && OPENING.test(text.slice(0, end)) && text[end + 1] !== '\n' && end + 1 < text.length;
}

/** The 1-based line of a top-level key in the front matter document. */
function keyLine(doc: Document, lineCounter: LineCounter, key: string, offset: number): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  return range ? lineCounter.linePos(range[0]).line + offset : undefined;
}

/**
 * Separates optional YAML front matter from a Markdown body. Bad YAML is an error with the line in
 * the file (`path:3: front matter: …`), and the file is skipped; the body keeps its line count
 * (front matter lines become blank) so later line numbers stay true.
 */
export function splitFrontMatter(text: string, path: string): FrontMatterResult {
  if (!hasFrontMatter(text)) return { ok: true, metadata: { tags: [], sources: [], defines: [] }, body: text, problems: [] };
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
  if (close < 0) return { ok: false, problems: [createError(path, 'front matter: no closing "---" line', 1)] };

  const yamlText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const offset = 1; // front matter starts on the file's second line
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) =>
        createError(path, `front matter: ${error.message}`, lineCounter.linePos(error.pos[0]).line + offset),
      ),
    };
  }
  const value: unknown = doc.toJS();
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return { ok: false, problems: [createError(path, 'front matter: expected fields such as "title: …", got a list or text', 2)] };
  }
  const locate = createYamlLocator(doc, lineCounter);
  const { metadata, problems } = readMetadata((value ?? {}) as Record<string, unknown>, path, (key, within) => {
    const line = within ? locate.line([key, ...within]) : keyLine(doc, lineCounter, key, 0);
    return line === undefined ? undefined : line + offset;
  }, 'front matter');
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  return { ok: true, metadata, body, problems };
}
