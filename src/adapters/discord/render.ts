import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer, Source } from '../../core/types.js';
import { feedbackCustomId, suggestionCustomId } from './actions.js';
import { DISCORD_LIMITS, splitText, truncate } from './limits.js';
import { sourceLabel } from '../source-label.js';

export const FOOTER = 'Model Guide · ask a follow-up by replying';
export const EMBED_COLOR = 0x5865f2;
/** An answer never takes more messages than this; a longer one is trimmed with TRIMMED_NOTE. */
export const MAX_ANSWER_MESSAGES = 4;
export const TRIMMED_NOTE = '\n\n… (trimmed: the full answer is too long for Discord)';
/** Sources are cut to this many characters, so they always fit beside a full description. */
const MAX_SOURCES_CHARS = 1500;

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** One message of an answer: embeds and buttons, no content (nothing in it can ping). */
export interface AnswerMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

const escapeLinkText = (text: string) => text.replace(/([[\]])/g, '\\$1');
const URL_ESCAPES: Record<string, string> = { ' ': '%20', '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' };
const escapeUrl = (url: string) => url.replace(/[ ()<>]/g, (c) => URL_ESCAPES[c]!);

/** "title › section" as a Markdown link when the source has a web address. */
export function sourceLine(source: Source): string {
  const label = sourceLabel(source);
  if (source.url && /^https?:\/\//i.test(source.url)) return `[${escapeLinkText(label)}](${escapeUrl(source.url)})`;
  return label;
}

/** The sources as embed fields (≤ 1024 chars each), cut near MAX_SOURCES_CHARS with a count of the rest. */
export function renderSources(sources: readonly Source[]): APIEmbedField[] {
  const lines = [...new Set(sources.map((s) => `- ${truncate(sourceLine(s), 300)}`))];
  const shown: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > MAX_SOURCES_CHARS) break;
    shown.push(line);
    used += line.length + 1;
  }
  if (shown.length < lines.length) shown.push(`- … and ${lines.length - shown.length} more`);
  const fields: APIEmbedField[] = [];
  for (const line of shown) {
    const last = fields.at(-1);
    if (last && last.value.length + 1 + line.length <= DISCORD_LIMITS.fieldValue) last.value += `\n${line}`;
    else fields.push({ name: fields.length === 0 ? 'Sources' : 'Sources (continued)', value: line });
  }
  return fields;
}

/** Up to three suggestion buttons, then 👍/👎. */
export function renderButtons(answerId: string, suggestions: readonly string[]): ButtonRow[] {
  const rows: ButtonRow[] = [];
  // Keep each suggestion's own index: the button's custom_id points back into the same list.
  const picks = suggestions.slice(0, 3).map((text, i) => [text, i] as const).filter(([text]) => text.trim());
  if (picks.length > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: picks.map(([text, i]) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: truncate(text, DISCORD_LIMITS.buttonLabel),
        custom_id: suggestionCustomId(answerId, i),
      })),
    });
  }
  const vote = (v: 'up' | 'down', emoji: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: emoji },
    custom_id: feedbackCustomId(answerId, v),
  });
  rows.push({ type: ComponentType.ActionRow, components: [vote('up', '👍'), vote('down', '👎')] });
  return rows;
}

/** Characters Discord counts toward the 6 000 limit of one embed. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

/**
 * Renders an answer as one or more messages within Discord's limits: the text split over embeds
 * (≤ 4 096 chars each, ≤ 6 000 per message), sources and footer on the last, buttons under it.
 */
export function renderAnswer(answer: Answer, answerId?: string): AnswerMessage[] {
  const fields = renderSources(answer.sources);
  const extras = embedLength({ fields, footer: { text: FOOTER } });
  const lastBudget = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedsTotal - extras);
  const chunks = splitText(answer.text.trim() || '…', DISCORD_LIMITS.embedDescription);
  chunks.push(...splitText(chunks.pop()!, lastBudget));
  if (chunks.length > MAX_ANSWER_MESSAGES) {
    chunks.length = MAX_ANSWER_MESSAGES;
    chunks[MAX_ANSWER_MESSAGES - 1] = truncate(chunks[MAX_ANSWER_MESSAGES - 1]!, lastBudget - TRIMMED_NOTE.length) + TRIMMED_NOTE;
  }
  return chunks.map((description, i) => {
    const last = i === chunks.length - 1;
    if (!last) return { embeds: [{ color: EMBED_COLOR, description }], components: [] };
    const embed: APIEmbed = { color: EMBED_COLOR, description, footer: { text: FOOTER } };
    if (fields.length > 0) embed.fields = fields;
    return { embeds: [embed], components: answerId ? renderButtons(answerId, answer.suggestions) : [] };
  });
}
