import { z } from 'zod';

/**
 * The model catalog: YAML files with a top-level `models:` list. Each entry drives
 * recommendations and table facts (context windows, prices, benchmarks, ...).
 */
export const modelCategories = [
  'llm', // general text LLM
  'reasoning',
  'code',
  'image',
  'video',
  'audio',
  'multimodal',
  'gan',
  'vae',
  'world',
  'other',
] as const;

export const deploymentOptions = ['api', 'self-hosted', 'on-premise', 'consumer-app', 'ide', 'cloud'] as const;

const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: z.string().url().optional(),
  date: z.string().optional(),
});

export const catalogModelSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** Omit when the sources do not say. */
    developer: z.string().min(1).optional(),
    /** open = weights published (self-hostable, fine-tunable); proprietary = API/app only. Omit when the sources do not say. */
    access: z.enum(['open', 'proprietary']).optional(),
    /** Primary category first; a model may sit in several (e.g. [llm, multimodal]). */
    categories: z.array(z.enum(modelCategories)).min(1),
    /** What it takes in and puts out. */
    modalities: z
      .object({
        input: z.array(z.string()).default(['text']),
        output: z.array(z.string()).default(['text']),
      })
      .default({ input: ['text'], output: ['text'] }),
    family: z.string().optional(),
    /** True for the frontier (state-of-the-art) tier. */
    frontier: z.boolean().default(false),
    /** Context window in tokens. */
    context_window: z.number().int().positive().optional(),
    released: z.string().optional(),
    strengths: z.array(z.string()).default([]),
    /** Good fits, in plain words: "product imagery", "synthetic tabular data". */
    use_cases: z.array(z.string()).default([]),
    limitations: z.array(z.string()).default([]),
    /** USD per 1M tokens; null when there is no per-token fee. */
    pricing: z
      .object({
        input_per_1m: z.number().nonnegative().nullable(),
        output_per_1m: z.number().nonnegative().nullable(),
        note: z.string().optional(),
      })
      .optional(),
    benchmarks: z.array(z.object({ name: z.string().min(1), score: z.string().min(1), note: z.string().optional() })).default([]),
    /** Other figures: enterprise API share, downloads, seats... */
    stats: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) })).default([]),
    deployment: z.array(z.enum(deploymentOptions)).default([]),
    notes: z.array(z.string()).default([]),
    source: sourceSchema,
  })
  .strict();

export const catalogFileSchema = z
  .object({
    title: z.string().optional(),
    models: z.array(catalogModelSchema),
  })
  .strict();

export type CatalogModel = z.infer<typeof catalogModelSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
