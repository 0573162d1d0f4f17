/** A literal for use inside a regular expression: "GPT-5.1 (OpenAI)" matches only itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
