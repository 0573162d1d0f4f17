/** Removes chat noise around a question: mentions, greetings, filler, emoji, extra whitespace. */
export function cleanQuestion(raw: string): string {
  let text = raw
    .replace(/<[@#!][^>]*>/g, ' ') // Slack/Discord mention syntax
    .replace(/@(model guide|modelguide|here|everyone|channel)\b/gi, ' ')
    .replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{FE0F}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Leading greetings and filler: "hey bot, what's a VAE?" → "what's a VAE?"
  const filler = /^(?:(?:hey|hi|hello|yo|ok|okay|so|um+|uh+|quick q(?:uestion)?|question|q|bot|model guide|there|team|all|folks|please|pls|guys)\b[\s,:;!.-]*)+/i;
  const stripped = text.replace(filler, '').trim();
  if (stripped.length > 0) text = stripped;
  text = text.replace(/[\s,]*(?:thanks|thank you|thx|ty|please|pls)[!. ]*$/i, '').trim() || text;
  text = text.replace(/,?\s*\b(?:in (?:simple|plain|layman'?s?) (?:terms|english|words)|for dummies|like i'?m five|in a nutshell|in one sentence|briefly|quickly)\b/gi, '').trim() || text;
  return text;
}
