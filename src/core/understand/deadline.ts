/**
 * How long the asker has to deliver, when they say: "must launch in three weeks", "two days to ship
 * a demo", "a 10-day deadline", "ready within a month". Read as days, so a plan can hold it against
 * the timelines the documents give ("days to weeks", "2 to 8 weeks", "months"). Only a span tied to
 * delivering counts: "logs from the past three weeks" sets no deadline.
 */

const WORD_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, couple: 2, few: 3 };
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, quarter: 91, year: 365 };

const COUNT = String.raw`(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a couple of|a few)`;
const UNIT = String.raw`(day|week|month|quarter|year)s?`;
const DELIVER = String.raw`(?:launch|ship|deliver|release|deploy|go live|be live|be ready|be done|finish|have (?:it|something) (?:running|working|live)|production|demo|mvp|prototype)`;

const SPANS: RegExp[] = [
  // "launch in three weeks", "ship something within a month", "ready in 10 days"
  new RegExp(String.raw`\b(?:${DELIVER}|ready|done|live|need|needs|want|get)\b[^.?!;]{0,30}?\b(?:in|within)\s+(?:the\s+next\s+|about\s+|roughly\s+|under\s+|less than\s+)?${COUNT}\s+${UNIT}\b`, 'i'),
  // "two days to ship a demo", "a month until launch", "three weeks before we go live"
  new RegExp(String.raw`\b${COUNT}\s+${UNIT}\s+(?:left\s+)?(?:to|until|till|before)\s+(?:we\s+|it\s+)?(?:must\s+|have to\s+|need to\s+)?${DELIVER}`, 'i'),
  // "a 10-day deadline", "three-week timeline", "a two week sprint"
  new RegExp(String.raw`\b${COUNT}[- ]${UNIT.replace('s?', '')}\s+(?:deadline|timeline|timeframe|time frame|window|sprint|runway)\b`, 'i'),
  // "we only have two weeks", "we've got a month"
  new RegExp(String.raw`\b(?:we|i)(?:\s+only)?\s+(?:have|'ve got|have got|got)\s+(?:only\s+|about\s+|just\s+)?${COUNT}\s+${UNIT}\b`, 'i'),
  // "deadline is three weeks away", "deadline in a month"
  new RegExp(String.raw`\bdeadline\s+(?:is\s+|of\s+)?(?:in\s+)?${COUNT}\s+${UNIT}\b`, 'i'),
];

function count(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^a (couple|few) of$/, '$1').replace(/^a few$/, 'few');
  return /^\d+$/.test(w) ? Number(w) : WORD_NUMBERS[w];
}

/** The deadline the question states, in days, with the words that state it; undefined when it names none. */
export function readDeadline(text: string): { days: number; words: string } | undefined {
  for (const re of SPANS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = count(m[1]!);
    const unit = UNIT_DAYS[m[2]!.toLowerCase()];
    if (n !== undefined && unit !== undefined && n > 0) return { days: n * unit, words: m[0] };
  }
  const by: Array<[RegExp, number]> = [
    [/\bby (?:tomorrow|the end of (?:the )?day)\b/i, 1],
    [/\bby (?:next week|the end of (?:the|this) week|friday|monday)\b/i, 7],
    [/\bby (?:next month|the end of (?:the|this) month)\b/i, 30],
  ];
  for (const [re, days] of by) {
    const m = re.exec(text);
    if (m) return { days, words: m[0] };
  }
  return undefined;
}

/** The days the asker has to deliver in, when the question says. */
export function deadlineDays(text: string): number | undefined {
  return readDeadline(text)?.days;
}
