/**
 * The one rule for "show me the help" on every platform: nothing at all, `help`, `/help` or `?`
 * (with trailing punctuation). Anything else, "help me choose a model" included, is a question.
 */
export function isHelpRequest(text: string): boolean {
  return /^\s*(?:\/?help)?[\s?!.]*$/i.test(text);
}
