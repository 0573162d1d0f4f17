import type { ConceptDeclaration, DocumentFormat, KnowledgeDocument, LoadProblem, Passage, SynonymGroup } from '../types.js';
import type { LocatedModel } from './catalog.js';
import { createDocument } from './document.js';
import { splitFrontMatter } from './front-matter.js';
import { parseMarkdown } from './markdown.js';
import { parseHtml, type ParsedHtml } from './html.js';
import { createPassages } from './passages.js';
import { createWarning } from './problems.js';
import { looksLikeMarkdown, parseText } from './text.js';
import { readYaml } from './yaml-file.js';

/** What one file contributes to a knowledge base. */
export interface ParsedFile {
  document?: KnowledgeDocument;
  passages: Passage[];
  models: LocatedModel[];
  synonyms: SynonymGroup[];
  /** Concepts the file's front matter declares. */
  concepts?: ConceptDeclaration[];
  /** Related-word groups of a synonyms file. */
  related?: SynonymGroup[];
  problems: LoadProblem[];
}

export interface ParseOptions {
  /** Longest passage before a section is split; see DEFAULT_MAX_PASSAGE_CHARS. */
  maxPassageChars?: number;
}

const EMPTY: Omit<ParsedFile, 'problems'> = { passages: [], models: [], synonyms: [] };

/**
 * Parses one file's text (already decoded) by format. A `.txt` or extension-less file that opens
 * with front matter or has Markdown headings is read as Markdown. Pure: no file system access.
 */
export function parseKnowledgeText(path: string, format: DocumentFormat, text: string, options: ParseOptions = {}): ParsedFile {
  if (!text.trim()) return { ...EMPTY, problems: [createWarning(path, 'empty file; skipped')] };
  const passageOptions = options.maxPassageChars ? { maxChars: options.maxPassageChars } : {};

  if (format === 'yaml') {
    const { content, problems } = readYaml(text, path);
    if (content.kind === 'catalog') return { ...EMPTY, models: content.models, problems };
    if (content.kind === 'synonyms') return { ...EMPTY, synonyms: content.groups, ...(content.related.length ? { related: content.related } : {}), problems };
    if (content.kind === 'none') return { ...EMPTY, problems };
    const document = createDocument(path, 'yaml', content.metadata);
    const passages = createPassages(document, content.sections, { ...passageOptions, defines: content.metadata.defines });
    return withPassages(document, passages, problems);
  }

  if (format === 'html') return fromHtml(path, 'html', parseHtml(text), passageOptions);

  if (format === 'markdown' || looksLikeMarkdown(text)) {
    const front = splitFrontMatter(text, path);
    if (!front.ok) return { ...EMPTY, problems: front.problems };
    const parsed = parseMarkdown(front.body);
    const document = createDocument(path, 'markdown', front.metadata, [parsed.firstHeading]);
    const passages = createPassages(document, parsed.sections, { ...passageOptions, defines: front.metadata.defines });
    const file = withPassages(document, passages, front.problems);
    const concepts = front.metadata.concepts?.map((c) => ({ ...c, path }));
    return concepts && file.document ? { ...file, concepts } : file;
  }

  const parsed = parseText(text);
  const document = createDocument(path, 'text', { tags: [], sources: [], defines: [], ...(parsed.author ? { author: parsed.author } : {}) }, [parsed.title, parsed.firstHeading]);
  return withPassages(document, createPassages(document, parsed.sections, passageOptions), []);
}

/** A document from a parsed HTML page (an HTML file, or a Word file rendered as HTML): `title` overrides the page's. */
export function fromHtml(path: string, format: DocumentFormat, page: ParsedHtml, options: { maxChars?: number }, title?: string): ParsedFile {
  if (page.furnitureOnly) {
    return { ...EMPTY, problems: [createWarning(path, 'no page content: only navigation, headers, footers, banners, scripts or styles; skipped')] };
  }
  const metadata = { tags: [], sources: [], defines: [], ...(title ?? page.title ? { title: title ?? page.title } : {}), ...(page.url ? { url: page.url } : {}), ...(page.author ? { author: page.author } : {}) };
  const document = createDocument(path, format, metadata, [page.firstHeading]);
  return withPassages(document, createPassages(document, page.sections, options), []);
}

export function withPassages(document: KnowledgeDocument, passages: Passage[], problems: LoadProblem[]): ParsedFile {
  if (passages.length === 0) return { ...EMPTY, problems: [...problems, createWarning(document.path, 'no text to index; skipped')] };
  return { ...EMPTY, document, passages, problems };
}
