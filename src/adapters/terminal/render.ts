import type { Answer, Source } from '../../core/types.js';
import type { TurnResult } from '../../bot/types.js';
import { HELP_TEXT } from './help.js';
import { sourceLabel } from '../source-label.js';

/**
 * The core's light Markdown as plain terminal text: emphasis and code marks dropped, links as
 * "text (url)", list bullets as "•", headings as their text.
 */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\r\n/g, '\n')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/^#{1,6}\s+(.*?)\s*#*$/gm, '$1')
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replace(/^>\s?/gm, '  ')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[\s(])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/```[^\n]*\n?/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One source line: "title › section (url)", without the section when it repeats the title. */
export function renderSource(source: Source): string {
  const name = sourceLabel(source, { repeatTitle: false });
  return `${name} (${source.url ?? source.path})`;
}

/** An answer as the terminal shows it: the text, then its sources, then numbered follow-ups. */
export function renderAnswer(answer: Answer): string {
  const parts = [toPlainText(answer.text)];
  if (answer.sources.length > 0) {
    parts.push(['Sources:', ...answer.sources.map((s) => `  ${renderSource(s)}`)].join('\n'));
  }
  if (answer.suggestions.length > 0) {
    const lines = answer.suggestions.map((q, i) => `  ${i + 1}. ${q}`);
    parts.push(['You could also ask (type the number):', ...lines].join('\n'));
  }
  return parts.join('\n\n');
}

/** Whatever the front door returned, as text: the answer, the help, or its short message (too long, rate limited…). */
export function renderResult(result: TurnResult): string {
  if (result.type === 'answer') return renderAnswer(result.answer);
  return result.type === 'help' ? HELP_TEXT : result.message;
}
