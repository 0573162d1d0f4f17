/**
 * Slack mrkdwn: escaping, light Markdown → mrkdwn, and Slack-formatted input → plain text.
 * Everything that is not ours (user input, knowledge text) is escaped BEFORE link syntax is added,
 * so `<!channel>`, `<!here>` and `<@U…>` can never reach Slack as syntax.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes `&`, `<` and `>`: the three characters Slack gives meaning to in message text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITIES[c]!);
}

/** An http(s) URL ready to put inside `<…|…>`, or undefined when the URL is unusable there. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return undefined;
  return escapeMrkdwn(url);
}

/** `<url|label>` when the URL is usable, else just the label; `label` must already be escaped. */
export function link(url: string | undefined, label: string): string {
  const href = safeUrl(url);
  return href ? `<${href}|${label}>` : label;
}

// Markdown links whose target is a plain http(s) URL; run on escaped text, so `&` in it is already `&amp;`.
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)|]+)\)/g;
// Placeholders: control characters that cannot survive in the (stripped) input.
const KEEP = '\u0000';
const BOLD = '\u0001';

function inline(text: string): string {
  const kept: string[] = [];
  const keep = (s: string) => `${KEEP}${kept.push(s) - 1}${KEEP}`;
  return text
    .replace(/`[^`\n]+`/g, keep) // code spans stay as they are
    .replace(MARKDOWN_LINK, (_m, label: string, url: string) => keep(`<${url}|${label}>`))
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, `${BOLD}$1${BOLD}`)
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/g, '$1_$2_')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '~$1~')
    .replaceAll(BOLD, '*')
    .replace(new RegExp(`${KEEP}(\\d+)${KEEP}`, 'g'), (_m, i: string) => kept[Number(i)] ?? '');
}

function convertLine(line: string): string {
  const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading) return `*${inline(heading[1]!).replaceAll('*', '')}*`;
  const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
  if (bullet) return `${bullet[1]}• ${inline(bullet[2]!)}`;
  return inline(line);
}

/**
 * Converts the core's light Markdown (**bold**, *italic*, [text](url), `- ` lists, # headings)
 * into escaped Slack mrkdwn. Code blocks are escaped but otherwise left alone.
 */
export function markdownToMrkdwn(markdown: string): string {
  let inFence = false;
  return escapeMrkdwn(markdown.replace(/[\u0000\u0001]/g, ''))
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) inFence = !inFence;
      return inFence || /^\s*```/.test(line) ? line : convertLine(line);
    })
    .join('\n');
}

/**
 * Turns Slack-formatted message text (what events and commands carry) into the plain text a person typed:
 * `<@U1|ann>` → `@ann`, `<https://x|x>` → `x`, `&lt;` → `<`. Mentions of `removeUserId` are dropped.
 */
export function slackToPlain(text: string, removeUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target = '', label] = inner.split('|', 2) as [string?, string?];
      if (removeUserId && target === `@${removeUserId}`) return ' ';
      if (target.startsWith('@') || target.startsWith('!')) {
        const name = label ?? target.slice(1).replace(/\^.*$/, '');
        return name.startsWith('@') ? name : `@${name}`;
      }
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      return label ?? target.replace(/^mailto:/, '');
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
