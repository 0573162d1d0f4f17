/**
 * Reads an HTML page (a Confluence or Notion export, a saved web page, mammoth's rendering of a Word
 * file) into sections as the Markdown reader does: headings split sections, paragraphs, list items
 * (one a line) and table rows (cells labelled by their column) become blocks, **bold** is kept.
 * Navigation, page headers and footers, scripts, styles and cookie banners are left out. Each
 * section's URL is the canonical link with its heading's anchor, when the page has both.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { attr, contentRoot, hasVisibleText, headMetadata, isElement, isFurniture, isNeverRead, textOf, type HtmlElement, type HtmlNode } from './html-page.js';
import { createSectionBuilder, type Section } from './section.js';
import { renderRow } from './table-rows.js';

export interface ParsedHtml {
  /** `<title>`, or the first `<h1>` when the title only adds a site name to it. */
  title?: string;
  firstHeading?: string;
  /** The canonical link (or og:url). */
  url?: string;
  author?: string;
  sections: Section[];
  /** True when the page has text, but all of it is navigation, headers, footers or banners. */
  furnitureOnly: boolean;
}

const HEADING = /^h([1-6])$/;
/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'figure', 'figcaption', 'caption', 'dl', 'dt', 'dd',
  'address', 'details', 'summary', 'center', 'hr', 'header', 'footer', 'aside', 'body',
]);

const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/ (?=[.,;:!?](?:\s|$))/g, '').trim();

/** Text with its line breaks, for `<pre>`. */
function rawText(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(node) && node.tagName === 'br') return '\n';
  return 'childNodes' in node ? node.childNodes.map(rawText).join('') : '';
}

function anchorOf(heading: HtmlElement): string | undefined {
  const own = attr(heading, 'id');
  if (own) return own;
  for (const child of heading.childNodes) {
    if (isElement(child) && child.tagName === 'a') {
      const id = attr(child, 'id') ?? attr(child, 'name');
      if (id) return id;
    }
  }
  return undefined;
}

function resolveAnchor(base: string | undefined, id: string | undefined): string | undefined {
  if (!base || !id) return undefined;
  try {
    const url = new URL(base);
    url.hash = id;
    return url.href;
  } catch {
    return undefined;
  }
}

export function parseHtml(html: string): ParsedHtml {
  const document = parse(html);
  const head = headMetadata(document);
  const { root, isBody } = contentRoot(document);
  const builder = createSectionBuilder();
  let firstHeading: string | undefined;
  let firstH1: string | undefined;
  let buffer: string[] = [];
  let items: string[] = [];
  let listDepth = 0;
  let itemDepth = 0;
  let anchors: Array<{ level: number; url: string | undefined }> = [];

  const flushParagraph = () => {
    if (itemDepth > 0) return void buffer.push(' '); // a paragraph inside a list item stays in the item
    const text = tidy(buffer.join(''));
    buffer = [];
    if (text) builder.block(text);
  };
  const flushList = () => {
    if (items.length > 0) builder.block(items.join('\n'));
    items = [];
  };

  function table(element: HtmlElement): void {
    const rows: Array<{ cells: string[]; header: boolean }> = [];
    const visitRows = (node: HtmlElement, inHead: boolean) => {
      for (const child of node.childNodes) {
        if (!isElement(child) || isNeverRead(child) || child.tagName === 'table') continue;
        if (child.tagName === 'tr') {
          const cells = child.childNodes.filter((c): c is HtmlElement => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
          const header = inHead || (cells.length > 0 && cells.every((c) => c.tagName === 'th'));
          rows.push({ cells: cells.map((c) => tidy(textOf(c))), header });
        } else visitRows(child, inHead || child.tagName === 'thead');
      }
    };
    visitRows(element, false);
    const header = rows[0]?.header && rows.length > 1 ? rows.shift()!.cells : undefined;
    const lines = rows.map((row) => renderRow(header, row.cells)).filter(Boolean);
    if (lines.length > 0) builder.block(lines.join('\n'));
  }

  function inline(element: HtmlElement, open: string, close: string): void {
    const outer = buffer;
    buffer = [];
    children(element);
    const text = buffer.join('');
    buffer = outer;
    const core = tidy(text);
    if (!core) return void buffer.push(text);
    buffer.push(`${/^\s/.test(text) ? ' ' : ''}${open}${core}${close}${/\s$/.test(text) ? ' ' : ''}`);
  }

  function element(node: HtmlElement): void {
    if (node !== root && isNeverRead(node)) return;
    if (node !== root && isBody && isFurniture(node)) return;
    const tag = node.tagName;
    const level = HEADING.exec(tag)?.[1];
    if (level) {
      const text = tidy(textOf(node));
      if (!text) return;
      flushParagraph();
      flushList();
      firstHeading ??= text;
      if (level === '1') firstH1 ??= text;
      const depth = Number(level);
      anchors = anchors.filter((a) => a.level < depth);
      anchors.push({ level: depth, url: resolveAnchor(head.url, anchorOf(node)) });
      builder.heading(depth, text);
      const url = [...anchors].reverse().find((a) => a.url)?.url ?? head.url;
      builder.at(url ? { url } : {});
      return;
    }
    switch (tag) {
      case 'table':
        flushParagraph();
        if (itemDepth === 0) flushList();
        return table(node);
      case 'pre':
        flushParagraph();
        builder.block(rawText(node).replace(/\s+$/, ''));
        return;
      case 'br':
        return void buffer.push(' ');
      case 'strong':
      case 'b':
        return inline(node, '**', '**');
      case 'img':
        return;
      case 'ul':
      case 'ol': {
        if (listDepth === 0) flushParagraph();
        listDepth++;
        let n = 0;
        for (const child of node.childNodes) {
          if (!isElement(child)) continue;
          if (child.tagName === 'li') item(child, tag === 'ol' ? `${++n}. ` : '- ');
          else element(child);
        }
        listDepth--;
        if (listDepth === 0 && itemDepth === 0) flushList();
        return;
      }
      case 'li':
        return item(node, '- ');
    }
    if (BLOCKS.has(tag)) {
      flushParagraph();
      children(node);
      flushParagraph();
      if (listDepth === 0) flushList();
      return;
    }
    children(node);
  }

  function item(node: HtmlElement, marker: string): void {
    if (isNeverRead(node)) return;
    const outer = buffer;
    buffer = [];
    const slot = items.length;
    items.push('');
    itemDepth++;
    children(node);
    itemDepth--;
    const text = tidy(buffer.join(''));
    buffer = outer;
    if (text) items[slot] = `${'  '.repeat(Math.max(0, listDepth - 1))}${marker}${text}`;
    else items.splice(slot, 1);
  }

  function children(node: HtmlNode): void {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (child.nodeName === '#text') buffer.push((child as DefaultTreeAdapterMap['textNode']).value);
      else if (isElement(child)) element(child);
    }
  }

  if (head.url) builder.at({ url: head.url });
  if (isElement(root)) element(root);
  else children(root);
  flushParagraph();
  flushList();
  const sections = builder.finish();
  const title = head.title && firstH1 && head.title.includes(firstH1) ? firstH1 : (head.title ?? firstH1);
  return {
    ...(title ? { title } : {}),
    ...(firstHeading ? { firstHeading } : {}),
    ...(head.url ? { url: head.url } : {}),
    ...(head.author ? { author: head.author } : {}),
    sections,
    furnitureOnly: sections.length === 0 && hasVisibleText(document),
  };
}
