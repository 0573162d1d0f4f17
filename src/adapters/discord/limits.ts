/** Discord's message size limits (https://discord.com/developers/docs/resources/message#create-message). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** All embeds of one message together: title, description, field names and values, footer, author. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
} as const;

/** Cuts `text` to at most `max` characters, ending with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** The longest cut of `text` (≤ max chars) that ends at a paragraph, line or word break when there is one. */
function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    // A break in the first third would leave tiny chunks; cut hard instead.
    if (at > max / 3) return at;
  }
  // Never split a surrogate pair (an emoji) in two.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Splits `text` into chunks of at most `max` characters, preferring paragraph, line and word breaks.
 * Never returns an empty list: empty text gives one empty chunk.
 */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const at = cutPoint(rest, max);
    chunks.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  chunks.push(rest);
  return chunks;
}
