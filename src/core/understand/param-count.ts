/**
 * A parameter count the question names on its own ("a 7B model", "13 billion parameters"), not as
 * part of a model's name ("Llama 3 70B" names a model) nor as tokens or money ("2B tokens", "$1B").
 */
const COUNT = /(?<![\w.$-])(\d+(?:\.\d+)?)\s?(?:b|bn|billion)\b(?![-\s]*(?:tokens?|dollars?|usd|users?|requests?|images?|downloads?|\+))/i;

/** The count in parameters, when the question names one; undefined otherwise. */
export function readParamCount(text: string): number | undefined {
  const m = COUNT.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]) * 1e9;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
