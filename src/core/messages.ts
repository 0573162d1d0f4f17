/** Fixed wording of the core's own replies. */

export const EXAMPLE_QUESTIONS = [
  'What is a reasoning model?',
  'Which model for images on-prem?',
  'GAN vs diffusion?',
  'What does Claude 4.5 Sonnet cost per 1M tokens?',
] as const;

export const HELP_TEXT = [
  "I'm **Model Guide**. I answer questions about AI models from my knowledge base and cite where each answer comes from.",
  'Ask me:',
  '- what something is: "what is a reasoning model?", "define LoRA"',
  '- which model fits a need: "which model for images on-prem?"',
  '- how two things compare: "GAN vs diffusion?"',
  '- facts and figures: "what does Claude 4.5 Sonnet cost per 1M tokens?"',
  'Follow-ups in the same thread keep the context ("and for video?").',
].join('\n');

export const GREETING_TEXT =
  "Hi! I'm Model Guide. Ask me anything about AI models: what a model type is, which model fits a job, how two compare, or what one costs.";

export const THANKS_TEXT = "You're welcome! Ask me anything else about AI models whenever you need.";

export const NO_ANSWER_TEXT =
  "I don't know: nothing in my knowledge base covers that, and I won't guess. I can answer questions about AI model types and concepts, specific models (prices, context windows, benchmarks), comparisons, and which model fits a need.";

/** Longest answer text the core returns. */
export const MAX_ANSWER_CHARS = 1500;
