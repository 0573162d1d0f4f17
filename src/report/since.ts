/** `--since 7d`, `?since=24h`: a period back from now, in hours, days or weeks. */
const UNITS: Readonly<Record<string, number>> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export const DEFAULT_SINCE = '7d';

/** The period in ms, or an error naming the value and the accepted forms. */
export function parseSince(text: string): { ok: true; ms: number } | { ok: false; error: string } {
  const match = /^(\d{1,4})\s*([hdw])$/i.exec(text.trim());
  const ms = match ? Number(match[1]) * UNITS[match[2]!.toLowerCase()]! : 0;
  if (!match || ms <= 0) return { ok: false, error: `--since ${JSON.stringify(text)}: expected hours, days or weeks, such as 24h, 7d or 2w` };
  return { ok: true, ms };
}
