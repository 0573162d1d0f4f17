/** Cutting escaped mrkdwn into pieces that fit Slack's limits without breaking `<…|…>` links or `&amp;` entities. */

/** Moves a cut back so it does not fall inside a `<…>` link/mention or an `&…;` entity. */
function safeCut(text: string, cut: number): number {
  const open = text.lastIndexOf('<', cut - 1);
  if (open > text.lastIndexOf('>', cut - 1) && open > 0) cut = open;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp < 6 && !text.slice(amp, cut).includes(';')) cut = amp;
  return cut > 0 ? cut : Math.min(text.length, Math.max(1, cut));
}

/** Where to cut `text` so the first piece is at most `max` characters: a paragraph, line or word boundary when one is near. */
function findCut(text: string, max: number): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, max - 1);
    if (at > max / 2) return safeCut(text, at);
  }
  const cut = safeCut(text, max);
  return cut > max / 4 ? cut : max; // a single link longer than the limit: cut it rather than loop
}

/** Splits text into pieces of at most `max` characters, preferring paragraph, then line, then word boundaries. */
export function splitMrkdwn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).replace(/^\s*\n|^ /, '');
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

/** Shortens text to at most `max` characters at a safe boundary, ending with `…` when it was cut. */
export function truncateMrkdwn(text: string, max: number): string {
  if (text.length <= max) return text;
  const [first = ''] = splitMrkdwn(text, max - 1);
  return `${first}…`;
}

/** Shortens plain text (a button label, a log field) to `max` characters with `…`. */
export function truncatePlain(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
