/**
 * "What model does ChatGPT run on under the hood?", "what LLM powers Copilot?", "which model is it
 * built on?": a question about the model beneath a named product, whatever verb carries the relation.
 */

/** The relation of a product to the model beneath it, as questions word it. */
const RELATION = /\b(?:runs?|running|ran) on\b|\bpowered by\b|\bpowers?\b|\bbuilt (?:on|upon|on top of)\b|\bbased on\b|\bbacked by\b|\bbehind\b|\bunder the hood\b|\bunderlying\b|\bunderneath\b/i;
/** A model asked for: "what model", "which LLM", "what powers", "what does X run on". */
const ASKS_MODEL = /\b(?:what|which)\s+(?:\w+\s+)?(?:models?|llms?|engines?|versions?)\b|\bmodel-?wise\b|\bwhat(?:'s|s| is)?\s+(?:powers|powering|runs|running|behind|under the hood|underneath)\b|\bwhat (?:does|do|did|is|are) .{1,40}\b(?:run|running|built|based) on\b/i;

/** Whether the question asks which model a named product runs on. */
export function asksUnderlying(text: string): boolean {
  return RELATION.test(text) && ASKS_MODEL.test(text);
}
