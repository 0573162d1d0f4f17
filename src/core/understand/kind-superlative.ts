/**
 * A superlative on a measure said of a kind of thing, not of models: "the fastest-growing category
 * of generative AI", "the most expensive model type to run", "which kind of model costs the most?".
 * The documents state which kind that is; ranking catalog models by price or speed answers another
 * question. "Best", "top" and "leading" are not measures but fit to a need ("what type of model is
 * best for images?" is a pick of a type), so they are not read here.
 */

/** Nouns that name a kind of model or content rather than a model. */
const KIND = String.raw`(?:categor(?:y|ies)|types?|kinds?|sorts?|architectures?|modalit(?:y|ies)|segments?|famil(?:y|ies)|branch(?:es)?|areas? of)`;

/** Superlatives on a measure: growth, cost, how common, how large. */
const MEASURE = String.raw`(?:(?:fastest|quickest)[- ]?(?:growing|expanding|rising)|(?:most|least)\s+(?:expensive|costly|common|popular|widely[- ]used|used|adopted|compute[- ]intensive|resource[- ]intensive|energy[- ]hungry)|costliest|priciest|commonest|cheapest)`;

/** The measure said as a verb: "growing fastest", "costs the most". */
const MEASURE_VERB = String.raw`(?:grow\w*|expand\w*)\s+(?:the\s+)?(?:fastest|quickest|most)|costs?\s+(?:the\s+)?most|(?:is|are)\s+(?:the\s+)?(?:most|least)\s+(?:expensive|costly|common|popular|used)|(?:is|are)\s+(?:the\s+)?(?:costliest|priciest|cheapest)`;

/** "The fastest-growing category", "the most expensive model type": the measure, then the kind. */
const SAID_OF_KIND = new RegExp(String.raw`\b${MEASURE}(?:\s+[\w-]+){0,2}?\s+${KIND}\b`, 'i');
/** "Which kind of generative AI is growing fastest?": the kind asked for, then the measure. */
const WHICH_KIND = new RegExp(String.raw`\b(?:which|what)\s+(?:[\w-]+\s+)?${KIND}\b.{0,60}?\b(?:${MEASURE}|${MEASURE_VERB})\b`, 'i');

/** Whether a question asks which kind of thing is at the end of a measure the documents state. */
export function asksKindSuperlative(text: string): boolean {
  const m = SAID_OF_KIND.exec(text) ?? WHICH_KIND.exec(text);
  // "What kind of model is cheapest for tagging tickets?" states a need: a pick for it, not a fact.
  return m !== null && !/\bfor\s+(?!(?:now|today|this year)\b)\w/i.test(text.slice(m.index + m[0].length));
}
