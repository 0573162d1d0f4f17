/**
 * Word lists for the generated knowledge bases: model names, AI vocabulary, figures and a
 * Zipf-distributed lexicon of made-up proper nouns (projects, customers, teams), so the index sees a
 * vocabulary as large and as skewed as real team documents have.
 */

/** A small, fast, seedable PRNG (mulberry32): the same seed always writes the same knowledge base. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** Index in [0, n) with a Zipf-like skew: a few items are common, most are rare. */
    zipf: (n: number): number => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1))) - 1),
  };
}

export type Random = ReturnType<typeof createRandom>;

export const MODELS = [
  'GPT-5', 'GPT-4o', 'GPT-4.1 mini', 'o3', 'o4-mini', 'Claude Opus 4.5', 'Claude Sonnet 4.5', 'Claude Haiku 4.5',
  'Gemini 2.5 Pro', 'Gemini 2.5 Flash', 'Llama 4 Maverick', 'Llama 3.1 70B', 'Llama 3.1 8B', 'Mistral Large 2',
  'Mixtral 8x22B', 'DeepSeek-R1', 'DeepSeek-V3', 'Qwen2.5 72B', 'Qwen3 Coder', 'Gemma 3 27B', 'Phi-4', 'Command R+',
  'Grok 4', 'OLMo 2', 'Falcon 180B', 'Stable Diffusion XL', 'Stable Diffusion 3.5', 'FLUX.1 dev', 'DALL-E 3',
  'Midjourney v7', 'Imagen 4', 'Sora 2', 'Veo 3', 'Runway Gen-4', 'Whisper large-v3', 'ElevenLabs Multilingual v2',
  'Codestral', 'GitHub Copilot', 'Cursor', 'BERT', 'T5', 'CLIP', 'SAM 2', 'YOLOv8',
] as const;

export const CONCEPTS = [
  'context window', 'fine-tuning', 'LoRA adapters', 'RLHF', 'quantization', 'distillation', 'tokenization',
  'retrieval-augmented generation', 'vector database', 'embeddings', 'prompt caching', 'function calling',
  'structured output', 'chain of thought', 'reasoning tokens', 'mixture of experts', 'self-attention',
  'transformer architecture', 'diffusion process', 'latent space', 'variational autoencoder', 'GAN training',
  'hallucination rate', 'guardrails', 'red teaming', 'evaluation harness', 'benchmark contamination',
  'inference latency', 'throughput', 'batching', 'KV cache', 'speculative decoding', 'GPU memory', 'on-prem deployment',
  'data residency', 'SOC 2 Type II', 'HIPAA BAA', 'open weights', 'license terms', 'rate limits', 'token pricing',
  'multimodal input', 'speech recognition', 'text-to-speech', 'image generation', 'video generation', 'code completion',
  'agentic workflows', 'tool use', 'long-context recall', 'needle in a haystack', 'synthetic data', 'model drift',
] as const;

export const BENCHMARKS = ['MMLU', 'MMLU-Pro', 'GPQA Diamond', 'HumanEval', 'SWE-bench Verified', 'AIME 2025', 'MATH-500', 'ARC-AGI', 'HellaSwag', 'LiveCodeBench'] as const;

export const TEAMS = ['platform', 'support', 'search', 'legal', 'data science', 'mobile', 'growth', 'security', 'research', 'finance'] as const;

export const VERBS = [
  'outperformed', 'matched', 'lagged behind', 'replaced', 'complemented', 'was cheaper than', 'was faster than',
  'needed more GPU memory than', 'hallucinated less than', 'handled longer documents than',
] as const;

const SYLLABLES = ['ka', 'lo', 'ven', 'tri', 'mar', 'zu', 'qel', 'dor', 'bax', 'ni', 'sto', 'ral', 'pin', 'gul', 'ex', 'ora', 'fen', 'wik', 'tho', 'is'];

/** Made-up names (projects, customers, internal tools), Zipf-distributed when picked with `rng.zipf`. */
export function createLexicon(rng: Random, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = rng.int(2, 4);
    let word = '';
    for (let i = 0; i < n; i++) word += rng.pick(SYLLABLES);
    words.add(word.charAt(0).toUpperCase() + word.slice(1));
  }
  return [...words];
}

/** A figure as documents write them: prices, context sizes, scores, latencies, parameter counts. */
export function figure(rng: Random): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `$${(rng.int(5, 1500) / 100).toFixed(2)} per 1M input tokens`;
    case 1:
      return `${rng.pick(['8K', '32K', '128K', '200K', '1M', '2M'])} tokens of context`;
    case 2:
      return `${(rng.int(400, 990) / 10).toFixed(1)}% on ${rng.pick(BENCHMARKS)}`;
    case 3:
      return `a p95 latency of ${rng.int(120, 4200)} ms`;
    case 4:
      return `${rng.pick(['7B', '8B', '14B', '27B', '70B', '123B', '405B', '671B'])} parameters`;
    default:
      return `${rng.int(2, 96)} GB of VRAM`;
  }
}
