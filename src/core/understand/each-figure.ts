/**
 * "Release dates of the Claude models", "when did each Claude 4.5 model come out", "context window
 * sizes of the models you know": a figure asked of every model of a set, not of one model. Read from
 * a plural of models, or a word taking them one by one ("each", "all"); "what are context windows"
 * asks what the figure is.
 */
const OF_EACH = /\b(?:each|every|all)\b|\b(?:models|llms|apis|releases|ones)\b|\btimeline\b/i;
/** "Context windows over 1M tokens" asks for the models past a line, which a full list does not answer. */
const THRESHOLD = /\b(?:over|above|under|below|beyond|(?:more|less|fewer|bigger|larger|smaller|longer|shorter|greater) than|at (?:least|most)|up to)\s+\$?\d/i;
/** "Do all models have a context window?" asks yes or no, not for the list. */
const POLAR = /^\W*(?:do|does|did|is|are|was|were|can|could|will|would|has|have|should)\b/i;

/** "The benchmarks used to compare LLMs" asks for the benchmarks; their scores are asked as scores. */
const SCORES = /\b(?:scores?|results?|numbers?|marks?)\b/i;

/** Whether the question asks the figure (one of the catalog's attributes) of each model of a set. */
export function asksEachFigure(text: string, attribute: string): boolean {
  return OF_EACH.test(text) && !POLAR.test(text) && !THRESHOLD.test(text) && (attribute !== 'benchmark' || SCORES.test(text));
}
