import { collectVocabulary, type Vocabulary } from './glued-words.js';
import { readGluedTable } from './glued-table.js';
import { cleanHeading, cleanInline, removeDroppedElements, removeHtmlComments } from './markdown-inline.js';
import { createSectionBuilder, type Section } from './section.js';
import { isPipeRow, isSeparatorRow, renderPipeTable } from './table-rows.js';

export interface ParsedMarkdown {
  /** The first heading's text (any level), for the title when front matter has none. */
  firstHeading?: string;
  sections: Section[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^\s*([-*+•]|\d{1,3}[.)])\s+(.*)$/;
/** MDC (Nuxt Content) block components: `::name` … `::`, nested with more colons. */
const MDC_OPEN = /^\s*:{2,}[A-Za-z][\w-]*/;
const MDC_CLOSE = /^\s*:{2,}\s*$/;
const MDC_SLOT = /^\s*#[A-Za-z][\w-]*\s*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]{1,200}\]:\s+\S/;
/** `<!-- source: Space-O -->`: the article a section draws on, kept as a marker line before comments go. */
const SOURCE_COMMENT = /^[ \t]*<!--\s*source:\s*([^\n]*?)\s*-->[ \t]*$/gim;
const SOURCE_LINE = /^\u0000source:(.*)$/;

/**
 * Reads a Markdown body (front matter already removed) into sections split at headings. Component
 * blocks (`::the-index` with their own `---` props), HTML comments and tags, images and link
 * targets are dropped; lists and tables keep one item or row a line.
 */
export function parseMarkdown(body: string): ParsedMarkdown {
  const lines = removeHtmlComments(removeDroppedElements(body).replace(SOURCE_COMMENT, '\u0000source:$1')).split('\n');
  let vocabulary: Vocabulary | undefined;
  const words = () => (vocabulary ??= collectVocabulary(lines));
  const builder = createSectionBuilder();
  let firstHeading: string | undefined;
  let paragraph: string[] = [];
  let list: string[] = [];
  let fence: string | undefined;
  let code: string[] = [];
  let mdcDepth = 0;

  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    const table = paragraph.length > 1 ? readGluedTable(paragraph, 0, words) : undefined;
    if (table && table.end === paragraph.length) builder.block(table.rows.map(cleanInline).join('\n'));
    else builder.block(cleanInline(paragraph.join(' ')));
    paragraph = [];
  };
  const flushList = () => {
    if (list.length > 0) builder.block(list.map(cleanInline).filter(Boolean).join('\n'));
    list = [];
  };
  const flush = () => {
    flushParagraph();
    flushList();
  };
  const heading = (level: number, raw: string) => {
    const text = cleanHeading(raw);
    if (!text) return;
    flush();
    firstHeading ??= text;
    builder.heading(level, text);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      if (line.trim().startsWith(fence)) {
        builder.block(code.join('\n'));
        fence = undefined;
        code = [];
      } else code.push(line);
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]!.slice(0, 3);
      continue;
    }
    if (MDC_OPEN.test(line)) {
      flush();
      mdcDepth++;
      // The component's props: a `---` YAML block right after the opening line.
      if (/^---\s*$/.test(lines[i + 1] ?? '')) {
        const limit = Math.min(lines.length, i + 200);
        for (let k = i + 2; k < limit; k++) {
          if (/^---\s*$/.test(lines[k]!)) {
            i = k;
            break;
          }
        }
      }
      continue;
    }
    if (MDC_CLOSE.test(line) || (mdcDepth > 0 && MDC_SLOT.test(line))) {
      flush();
      if (MDC_CLOSE.test(line)) mdcDepth = Math.max(0, mdcDepth - 1);
      continue;
    }
    const marker = SOURCE_LINE.exec(line);
    if (marker) {
      flush();
      if (marker[1]!.trim()) builder.source(marker[1]!.trim());
      continue;
    }
    const text = line.replace(/^\s{0,3}>\s?/, ''); // block quotes read as plain paragraphs
    if (!text.trim()) {
      flush();
      continue;
    }
    const atx = ATX.exec(text);
    if (atx) {
      heading(atx[1]!.length, atx[2] ?? '');
      continue;
    }
    const setext = SETEXT.exec(text);
    if (setext && paragraph.length === 1 && list.length === 0 && paragraph[0]!.length <= 120 && !/[.:]$/.test(paragraph[0]!.trim())) {
      const title = paragraph[0]!;
      paragraph = [];
      heading(setext[1]!.startsWith('=') ? 1 : 2, title);
      continue;
    }
    if (RULE.test(text)) {
      flush();
      continue;
    }
    if (LINK_DEFINITION.test(text)) continue;
    if (isPipeRow(text) || (text.includes('|') && isSeparatorRow(lines[i + 1] ?? ''))) {
      flush();
      const rows = [text];
      while (i + 1 < lines.length && lines[i + 1]!.includes('|') && lines[i + 1]!.trim()) rows.push(lines[++i]!);
      builder.block(renderPipeTable(rows).map(cleanInline).join('\n'));
      continue;
    }
    const item = LIST_ITEM.exec(text);
    if (item) {
      flushParagraph();
      const marker = /\d/.test(item[1]!) ? `${item[1]!.replace(')', '.')} ` : '- ';
      list.push(marker + item[2]!);
      continue;
    }
    if (list.length > 0) {
      list[list.length - 1] += ` ${text.trim()}`; // a list item's continuation line
      continue;
    }
    paragraph.push(text);
  }
  if (fence) builder.block(code.join('\n'));
  flush();
  return { ...(firstHeading ? { firstHeading } : {}), sections: builder.finish() };
}
