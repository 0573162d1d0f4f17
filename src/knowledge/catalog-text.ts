import type { CatalogEntry, Passage } from './types.js';

/** Plain-words renderings of catalog fields, shared by the index (catalog passages) and answers. */

export const categoryLabels: Record<string, string> = {
  llm: 'large language model (LLM)',
  reasoning: 'reasoning model',
  code: 'code generation model',
  image: 'image generation model',
  video: 'video generation model',
  audio: 'audio model',
  multimodal: 'multimodal model',
  gan: 'generative adversarial network (GAN)',
  vae: 'variational autoencoder (VAE)',
  world: 'world model',
  other: 'AI model or tool',
};

/** 200000 → "200K (200,000)", 10000000 → "10M (10,000,000)". */
export function formatTokens(n: number): string {
  const short = n >= 1_000_000 ? `${+(n / 1_000_000).toFixed(1)}M` : n >= 1000 ? `${+(n / 1000).toFixed(1)}K` : String(n);
  return `${short} (${n.toLocaleString('en-US')})`;
}

/** 2.5 → "$2.50", 0.075 → "$0.075". */
export function formatUsd(n: number): string {
  const digits = n < 0.1 && n > 0 ? Math.max(2, String(n).split('.')[1]?.length ?? 2) : 2;
  return `$${n.toFixed(digits)}`;
}

export function accessLabel(model: CatalogEntry): string | undefined {
  if (model.access === 'open') return 'open source (open weights: self-hostable and fine-tunable)';
  if (model.access === 'proprietary') return 'proprietary (used through the vendor’s API or app)';
  return undefined;
}

export function priceSentence(model: CatalogEntry): string | undefined {
  const p = model.pricing;
  if (!p) return undefined;
  if (p.input_per_1m === null && p.output_per_1m === null) {
    return `${model.name} has no per-token fee${p.note ? `: ${p.note.replace(/\.$/, '')}` : ''}.`;
  }
  const parts: string[] = [];
  if (p.input_per_1m !== null) parts.push(`${formatUsd(p.input_per_1m)} per 1M input tokens`);
  if (p.output_per_1m !== null) parts.push(`${formatUsd(p.output_per_1m)} per 1M output tokens`);
  return `${model.name} costs ${parts.join(' and ')}${p.note ? ` (${p.note.replace(/\.$/, '')})` : ''}.`;
}

/** One-sentence identity: "Claude 4.5 Sonnet is a proprietary large language model (LLM) from Anthropic." */
export function identitySentence(model: CatalogEntry): string {
  const kinds = model.categories.map((c) => categoryLabels[c] ?? c);
  const access = model.access === 'open' ? 'an open-source ' : model.access === 'proprietary' ? 'a proprietary ' : /^[aeiou]/i.test(kinds[0]!) ? 'an ' : 'a ';
  const extra = kinds.length > 1 ? ` (also: ${kinds.slice(1).join(', ')})` : '';
  return `${model.name} is ${access}${kinds[0]}${extra}${model.developer ? ` from ${model.developer}` : ''}.`;
}

/** Every stated fact about a model, one sentence each. */
export function describeModel(model: CatalogEntry): string[] {
  const s: string[] = [identitySentence(model)];
  if (model.family) s.push(`It belongs to the ${model.family} family.`);
  if (model.frontier) s.push(`It is one of the frontier (state-of-the-art) models.`);
  if (model.released) s.push(`It was released in ${model.released}.`);
  if (model.context_window) s.push(`Its context window is ${formatTokens(model.context_window)} tokens.`);
  const price = priceSentence(model);
  if (price) s.push(price);
  for (const b of model.benchmarks) s.push(`Benchmark: ${b.score} on ${b.name}${b.note ? ` (${b.note})` : ''}.`);
  for (const st of model.stats) s.push(`${st.label[0]!.toUpperCase()}${st.label.slice(1)}: ${st.value}.`);
  if (model.strengths.length) s.push(`Strengths: ${model.strengths.join('; ')}.`);
  if (model.use_cases.length) s.push(`Good for: ${model.use_cases.join('; ')}.`);
  if (model.limitations.length) s.push(`Limitations: ${model.limitations.join('; ')}.`);
  if (model.deployment.length) s.push(`Deployment: ${model.deployment.join(', ')}.`);
  const access = accessLabel(model);
  if (access) s.push(`Access: ${access}.`);
  s.push(...model.notes.map((n) => (/[.!?]$/.test(n) ? n : `${n}.`)));
  return s;
}

/** Catalog models as searchable passages, so "what is Midjourney?" finds the catalog entry too. */
export function catalogPassages(models: readonly CatalogEntry[]): Passage[] {
  return models.map((model, i) => {
    const path = model.path ?? 'models.yaml';
    return {
      id: `${path}#model-${i}`,
      docId: path,
      path,
      docTitle: 'Model catalog',
      headings: ['Model catalog', model.name],
      section: model.name,
      text: describeModel(model).join(' '),
      ...(model.source.url ? { url: model.source.url } : {}),
      tags: ['catalog', ...model.categories],
      defines: [model.name, ...model.aliases].map((n) => n.toLowerCase()),
    };
  });
}
