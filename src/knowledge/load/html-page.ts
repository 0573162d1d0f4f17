/**
 * What in an HTML export is the page's own content, and what is furniture: navigation, headers,
 * footers, scripts, styles, cookie banners, hidden elements. Works on parse5's default tree.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Elements never read, content included. */
const NEVER_READ = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'map', 'form', 'button', 'select', 'input', 'textarea', 'nav', 'dialog', 'head', 'link', 'meta',
]);
/** Elements that are page furniture when they are not inside the content (a site's header, footer, sidebar). */
const FURNITURE = new Set(['header', 'footer', 'aside']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'complementary']);
/** Class and id words of navigation and overlays, as whole words: "breadcrumb", "site-nav", "toc". */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|breadcrumb-section|sidebar|toc|skip-link|footer|site-header|page-metadata|share|social|pagination)(?:$|[\s_-])/i;
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);
/** Cookie and consent banners, however their vendor names them ("CybotCookiebotDialog", "onetrust-consent-sdk"). */
const CONSENT = /cookie|consent|gdpr|onetrust/i;

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** True for an element whose whole subtree is left out wherever it sits. */
export function isNeverRead(element: HtmlElement): boolean {
  if (NEVER_READ.has(element.tagName)) return true;
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(element, 'style') ?? '')) return true;
  const role = attr(element, 'role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  // A page's outer elements often carry layout classes ("has-sidebar"): only inner ones are judged by name.
  if (CONTAINERS.has(element.tagName)) return false;
  const names = `${attr(element, 'id') ?? ''} ${attr(element, 'class') ?? ''}`;
  return CONSENT.test(names) || FURNITURE_WORDS.test(names);
}

/** True for an element left out when it is not inside the page's content root. */
export function isFurniture(element: HtmlElement): boolean {
  return FURNITURE.has(element.tagName);
}

function* elements(node: HtmlNode): Generator<HtmlElement> {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** The first element matching `test`, depth first. */
export function findElement(root: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  for (const element of elements(root)) if (test(element)) return element;
  return undefined;
}

/** Every text node under `node`, joined, whitespace collapsed. */
export function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
  if (isElement(node) && NEVER_READ.has(node.tagName)) return '';
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.map(textOf).join('').replace(/\s+/g, ' ');
}

/**
 * The element holding the page's own content: `<main>` (or role="main"), Confluence's `#main-content`,
 * a single `<article>` (Notion); else the body, where headers, footers and asides are furniture.
 */
export function contentRoot(document: HtmlNode): { root: HtmlNode; isBody: boolean } {
  const main =
    findElement(document, (e) => e.tagName === 'main' || attr(e, 'role') === 'main') ??
    findElement(document, (e) => attr(e, 'id') === 'main-content');
  if (main) return { root: main, isBody: false };
  const articles = [...elements(document)].filter((e) => e.tagName === 'article');
  if (articles.length === 1) return { root: articles[0]!, isBody: false };
  const body = findElement(document, (e) => e.tagName === 'body');
  return { root: body ?? document, isBody: true };
}

/** The page's own metadata: `<title>`, the canonical link (or og:url), the author. */
export function headMetadata(document: HtmlNode): { title?: string; url?: string; author?: string } {
  const title = findElement(document, (e) => e.tagName === 'title');
  const canonical = findElement(document, (e) => e.tagName === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attr(e, 'rel') ?? ''));
  const meta = (key: string) =>
    findElement(document, (e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key))?.attrs.find(
      (a) => a.name === 'content',
    )?.value;
  const url = [canonical && attr(canonical, 'href'), meta('og:url')].find((u) => u && /^https?:\/\//i.test(u.trim()));
  const titleText = title ? textOf(title).trim() : '';
  const author = meta('author')?.trim();
  return { ...(titleText ? { title: titleText } : {}), ...(url ? { url: url.trim() } : {}), ...(author ? { author } : {}) };
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** True when the page shows any text at all, navigation and banners included. */
export function hasVisibleText(node: HtmlNode): boolean {
  if (node.nodeName === '#text') return /\S/.test((node as DefaultTreeAdapterMap['textNode']).value);
  if (isElement(node) && INVISIBLE.has(node.tagName)) return false;
  return 'childNodes' in node && node.childNodes.some(hasVisibleText);
}
