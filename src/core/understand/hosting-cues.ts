/**
 * What a question says about where a model runs and at what volume, read once for the hosting
 * plans (deployment verdict, volume verdict): a token rate stated, a threshold asked for, two ways
 * weighed, data that must stay put.
 */

const AMOUNT = String.raw`(\d+(?:[.,]\d+)?)\s*(k|m|b|thousand|million|billion)?[\s-]*(?:of\s+)?tokens?`;
const PERIOD = String.raw`(?:\s+(?:a|an|per|each|every)\s+|\s*\/\s*)(day|week|month|year)\b`;
/** A rate of tokens the question states: "50M tokens a month", "2 million tokens per day". */
const STATED_RATE = new RegExp(`\\b${AMOUNT}${PERIOD}`, 'i');
/** A volume the documents name as a point things change: "above roughly 10 million tokens per month". */
export const THRESHOLD = new RegExp(`\\b(?:above|over|beyond|past|passes|passing|exceeds?|exceeding|more than)\\s+(?:roughly\\s+|about\\s+|around\\s+|approximately\\s+|some\\s+)?${AMOUNT}${PERIOD}`, 'i');
/** A question that asks at which volume, not whether at this one. */
const ASKS_WHEN = /\bat what (?:point|volume|scale)\b|\bhow many tokens\b|\bwhen does\b|\bbreak[- ]?even\b/i;
/** Two ways set against each other: "…, API or self-host?", "keep paying per token or host it". */
const WEIGHS_WAYS = /\b(?:or|vs\.?|versus)\b/i;
/** A hard rule that the data stays put: "can't leave the country", "must stay in the EU". */
const MUST_STAY = /\b(?:can'?t|cannot|must not|mustn'?t|may not|not allowed to|never|isn'?t allowed to)\b.{0,20}\b(?:leave|leaving|cross|go (?:abroad|outside|offshore))\b|\b(?:must|has to|have to|needs? to|required to)\s+(?:stay|remain|be (?:kept|stored|processed))\b/i;

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, billion: 1e9 };
const PER_MONTH: Record<string, number> = { day: 30, week: 52 / 12, month: 1, year: 1 / 12 };

/** Tokens a month from a match of an amount (group 1), its scale word (2) and its period (3). */
export function monthly(m: RegExpExecArray): number {
  const n = Number(m[1]!.replace(',', '.'));
  return n * (SCALE[m[2]?.toLowerCase() ?? ''] ?? 1) * PER_MONTH[m[3]!.toLowerCase()]!;
}

/** A token rate as the question states it. */
export interface StatedRate {
  /** The words that state it, trimmed: "50M tokens a month". */
  said: string;
  /** Tokens a month. */
  monthly: number;
  /** The period it is stated per: "day", "week", "month", "year". */
  period: string;
  /** Two ways set against each other after it: "50M tokens a month: API or self-host?". */
  weighsAfter: boolean;
  /** An "or" after it: the answer names the way that wins. */
  eitherAfter: boolean;
}

export interface HostingCues {
  /** It asks at which volume ("at what point", "how many tokens", "break-even", "when does"), not whether at one. */
  asksWhen: boolean;
  /** It names a threshold ("the threshold for self-hosting"). */
  saysThreshold: boolean;
  /** It sets two ways against each other anywhere ("self-host or use an API?"). */
  weighsWays: boolean;
  /** It says "worth". */
  saysWorth: boolean;
  /** It states a hard rule that the data stays put ("can't leave the country", "must stay in the EU"). */
  dataMustStay: boolean;
  /** The token rate it states, when it states one. */
  rate?: StatedRate;
}

/** The hosting cues of a question's text. */
export function readHostingCues(text: string): HostingCues {
  const stated = STATED_RATE.exec(text);
  const after = stated ? text.slice(stated.index + stated[0].length) : '';
  const rate: StatedRate | undefined = stated
    ? { said: stated[0].trim(), monthly: monthly(stated), period: stated[3]!.toLowerCase(), weighsAfter: WEIGHS_WAYS.test(after), eitherAfter: /\bor\b/i.test(after) }
    : undefined;
  return {
    asksWhen: ASKS_WHEN.test(text),
    saysThreshold: /\bthreshold\b/i.test(text),
    weighsWays: WEIGHS_WAYS.test(text),
    saysWorth: /\bworth\b/i.test(text),
    dataMustStay: MUST_STAY.test(text),
    ...(rate ? { rate } : {}),
  };
}
