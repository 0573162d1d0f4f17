/**
 * How many items a question wants, read off its wording once (`Understanding.figures.wanted`): the
 * ranking and list plans take every model, a number of them, or one.
 */
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const PLURAL_ITEMS = /\b(?:models|llms|tools|options|apis|generators|products|systems)\b/i;
/** The same nouns in the singular: one thing asked for. */
const SINGLE_ITEM = /\b(?:model|llm|tool|option|api|generator|product|system)\b(?!['-])/i;

/**
 * How many items the question wants: a number ("top 3"), every one (`Infinity`) for a ranking or a
 * plural subject ("which models…", "top video models"), or one (`undefined`). A plural after "of"
 * ("which of the models is cheapest?") still asks for one.
 */
export function wantedCount(text: string): number | undefined {
  const top = /\btop\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(text);
  if (top) return NUMBER_WORDS[top[1]!.toLowerCase()] ?? Number(top[1]);
  if (/\b(?:rank|ranked|ranking|order|sort|sorted)\b|\b(?:cheapest|priciest|largest|smallest|highest|lowest|best|worst)\s+(?:first|to)\b/i.test(text)) return Infinity;
  if (/\b(?:which|what)\s+(?:one|single)\b|\bone\s+(?:model|tool|option)\b/i.test(text)) return undefined;
  const plural = PLURAL_ITEMS.exec(text);
  if (!plural || /\bof\s+(?:the|those|these|them|all|our|my)?\s*(?:[\w.-]+\s+){0,3}$/i.test(text.slice(0, plural.index))) return undefined;
  // "The most capable model for agents that use tools": the thing asked for is named first, in the
  // singular; a plural further on belongs to what it is for.
  const single = SINGLE_ITEM.exec(text);
  if (single && single.index < plural.index) return undefined;
  return Infinity;
}
