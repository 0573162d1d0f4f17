import { spellOutCompact } from './compact-spellings.js';

/** Removes chat noise around a question: mentions, emoji, greetings, sign-offs, extra whitespace. */
export function cleanQuestion(raw: string): string {
  let text = raw
    .replace(/<[@#!][^>]*>/g, ' ') // Slack/Discord mention syntax
    .replace(/@(?:model ?guide|here|everyone|channel)\b/gi, ' ')
    .replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/\s+/g, ' ')
    // Chat slang for the question word: "wtf is a LoRA", "what the heck are embeddings".
    .replace(/\b(?:wtf|wth|what the (?:heck|hell|fuck|f|eff))\s+(?=(?:is|are|does|do|was|were|'s)\b)/gi, 'what ')
    // The question word misspelt: "wat is a token", "wot are LoRAs", "wats RAG".
    .replace(/\b(?:wat|wot|wut|whta|waht|wht)\s+(?=(?:is|are|does|do|was|were|'s)\b)/gi, 'what ')
    .replace(/\b(?:wats|wots|wuts|whts)\b/gi, "what's")
    .replace(/\bwhat 's\b/g, "what's")
    .replace(/\S+/g, spellOutCompact)
    .trim();
  // Leading greetings: "hey bot, what's a VAE?" → "what's a VAE?"
  const greeting = /^(?:(?:hey|hi|hello|yo|hiya|ok|okay|so|um+|uh+|hmm+|quick q(?:uestion)?|question|q|bot|model ?guide|there|team|all|folks|guys|please|pls)\b[\s,:;!.-]*)+/i;
  const stripped = text.replace(greeting, '').trim();
  if (stripped.length > 0) text = stripped;
  const signOff = text.replace(/[\s,]*(?:thanks|thank you|thx|ty|cheers|please|pls|lol|lmao|tbh|haha)[!. ]*$/i, '').trim();
  // A closing word on the answer's form ("bullet points are fine") asks nothing about the topic.
  const form = (signOff || text).replace(/(?<=[?!.;])\s*(?:(?:in |as )?(?:bullet(?:ed)?(?: points?| list)?s?|a (?:short )?list|point form)(?:\s+(?:are|is|would be)\s+(?:fine|ok|okay|good|great|welcome|best))?|(?:bullets?|a list) (?:please|pls|ok|okay))[!. ]*$/i, '').trim();
  return form || signOff || text;
}

/** The question's clauses: sentences and question-mark-separated parts, in order. */
export function clauses(text: string): string[] {
  return text
    .replace(/(\d)\.(\d)/g, '$1\u0001$2')
    .split(/(?<=[?!.;])\s+|\s+[—–]\s+|\s+-\s+|,\s+(?=(?:is|are|does|do|can|could|should|would|what|whats|what's|how|why|which|who|when)\s)/i)
    .map((c) => c.replace(/\u0001/g, '.').trim())
    .filter(Boolean);
}
