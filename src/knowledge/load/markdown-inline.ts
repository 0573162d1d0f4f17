/**
 * Inline Markdown/HTML clean-up: links become their text, images, HTML comments and tags go,
 * entities are decoded; **bold** stays. Every step is a bounded scan or a regex without nested
 * quantifiers, so the cost stays linear in the text.
 */

/** Removes `<!-- … -->` comments (an unclosed one runs to the end, as in browsers). */
export function removeHtmlComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return out + text.slice(from);
    out += text.slice(from, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    // Keep the line count: a comment spanning lines leaves its line breaks behind.
    out += '\n'.repeat(countLines(text, open, close));
    from = close + 3;
  }
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Elements dropped with their content: page furniture, not prose. `<author …></author>` is a Nuxt component. */
const DROPPED_ELEMENTS = ['author', 'script', 'style', 'template', 'svg', 'noscript'];

/** Removes the elements in DROPPED_ELEMENTS, content included. */
const ANY_DROPPED = new RegExp(`<(?:${DROPPED_ELEMENTS.join('|')})`, 'i');

export function removeDroppedElements(text: string): string {
  if (!ANY_DROPPED.test(text)) return text;
  let result = text;
  for (const name of DROPPED_ELEMENTS) {
    if (!new RegExp(`<${name}`, 'i').test(result)) continue;
    const lower = result.toLowerCase();
    const isOpening = (at: number) => /[\s>/]/.test(lower[at + name.length + 1] ?? '');
    let out = '';
    let from = 0;
    for (let open = lower.indexOf(`<${name}`); open >= 0; open = lower.indexOf(`<${name}`, open + 1)) {
      if (open < from || !isOpening(open)) continue;
      const close = lower.indexOf(`</${name}`, open);
      const tagEnd = lower.indexOf('>', close >= 0 ? close : open);
      if (tagEnd < 0) break;
      out += result.slice(from, open) + '\n'.repeat(countLines(result, open, tagEnd));
      from = tagEnd + 1;
      if (close < 0) break; // no closing tag anywhere after: drop only this tag
    }
    if (from > 0) result = out + result.slice(from);
  }
  return result;
}

const MAX_LABEL = 500;
const MAX_TARGET = 2000;

/** Index of the `]` closing the `[` at `open`, or -1 (nested `[` or too far). */
function labelEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_LABEL);
  for (let i = open + 1; i < limit; i++) {
    if (text[i] === ']') return i;
    if (text[i] === '[') return -1;
  }
  return -1;
}

/**
 * Index of the `)` closing the `(` at `open`, allowing balanced parentheses inside URLs. Stops at a
 * line break or `[` (the next link), so scans never overlap and the cost stays linear.
 */
function targetEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_TARGET);
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if (c === '\n' || c === '[') return -1;
  }
  return -1;
}

/** Replaces `[text](url)`, `[text][ref]` with their text, or removes `![alt](src)` images. */
function replaceLinks(text: string, images: boolean): string {
  const marker = images ? '![' : '[';
  let out = '';
  let last = 0;
  let at = text.indexOf(marker);
  while (at >= 0) {
    const open = images ? at + 1 : at;
    const close = labelEnd(text, open);
    let end = -1;
    if (close > 0 && text[close + 1] === '(') end = targetEnd(text, close + 1);
    else if (close > 0 && text[close + 1] === '[') end = labelEnd(text, close + 1);
    if (end > 0) {
      out += text.slice(last, at) + (images ? '' : text.slice(open + 1, close));
      last = end + 1;
      at = text.indexOf(marker, last);
    } else {
      at = text.indexOf(marker, at + 1);
    }
  }
  return out + text.slice(last);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', middot: '·', bull: '•',
};

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return ENTITIES[body.toLowerCase()] ?? match;
}

/** Cleans one paragraph (or list item, or heading) of Markdown into plain text with **bold** kept. */
export function cleanInline(text: string): string {
  // Each step only runs when its trigger character occurs: most paragraphs need none of them.
  let result = text.includes('[') ? replaceLinks(replaceLinks(text, true), false) : text;
  if (result.includes('<')) {
    result = result
      .replace(/<((?:https?|mailto):[^\s<>]+)>/g, '$1')
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/g, '');
  }
  if (result.includes('&')) result = result.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, decodeEntity);
  if (result.includes('`')) result = result.replace(/`([^`\n]{1,500})`/g, '$1');
  if (result.includes('\\')) result = result.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
  result = result.replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ');
  result = result.replace(/ (?=[.,;:!?](?:\s|$))/g, ''); // the gap a removed comment or image leaves
  return result.trim();
}

/** A heading's plain text: inline clean-up, then emphasis markers, closing #s and {#anchors} dropped. */
export function cleanHeading(text: string): string {
  let result = cleanInline(text).replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '');
  if (result.length < 300) result = result.replace(/\s*\{#[\w-]+\}$/, '').replace(/\s+#+$/, '');
  return result.trim();
}
