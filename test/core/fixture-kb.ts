import type { CatalogEntry, KnowledgeBase, Passage } from '../../src/knowledge/types.js';
import { catalogModelSchema } from '../../src/knowledge/catalog-schema.js';

let n = 0;
/** A passage as the loader would produce it. */
export function passage(doc: string, section: string, text: string, defines: string[] = []): Passage {
  return { id: `${doc}#${n++}`, docId: doc, path: doc, docTitle: doc.replace(/\.md$/, ''), headings: [section], section, text, tags: [], defines };
}

export function model(fields: Record<string, unknown>): CatalogEntry {
  return { ...catalogModelSchema.parse({ source: { title: 'Test article' }, ...fields }), path: 'models.yaml' };
}

export const passages: Passage[] = [
  passage('types.md', 'Diffusion models', 'A **diffusion model** generates images by starting from random noise and removing it step by step until a picture appears. Text-to-image systems guide the denoising with a prompt. They are the standard choice for product imagery.', ['diffusion model']),
  passage('types.md', 'Generative adversarial networks (GANs)', 'A **generative adversarial network (GAN)** pits two networks against each other: a generator that makes fake samples and a discriminator that tries to tell them from real ones. GANs remain the tool of choice for synthetic tabular data.', ['generative adversarial network', 'gan']),
  passage('types.md', 'Variational autoencoders (VAEs)', 'A **variational autoencoder (VAE)** compresses inputs into a smooth latent space and decodes samples from it. Outputs are blurrier than those of GANs or diffusion models.', ['variational autoencoder', 'vae']),
  passage('types.md', 'What VAEs are used for', 'Pharmaceutical teams use VAEs to propose candidate molecules for drug discovery. VAEs also flag anomalies through reconstruction error.', []),
  passage('concepts.md', 'Context window', 'The **context window** is the maximum number of tokens a model can consider at once. A larger window lets a model read whole reports in one go.', ['context window']),
  passage('concepts.md', 'Fine-tuning', '**Fine-tuning** continues training a pre-trained model on a smaller, task-specific dataset so it specialises in a domain.', ['fine-tuning']),
  passage('concepts.md', 'Open weights vs proprietary models', 'Open-weight models publish their weights, so a team can self-host and fine-tune them; proprietary models are reached only through a vendor API. Proprietary models get a team to production fastest because there is no infrastructure to provision.', []),
];

export const models: CatalogEntry[] = [
  model({ name: 'Alpha 2 Pro', aliases: ['Alpha Pro 2'], developer: 'Acme', access: 'proprietary', categories: ['llm'], frontier: true, context_window: 200000, released: 'March 2025', pricing: { input_per_1m: 3, output_per_1m: 15 }, benchmarks: [{ name: 'SWE-bench Verified', score: '70.6%' }], stats: [{ label: 'enterprise API share', value: '40%' }], strengths: ['enterprise coding'] }),
  model({ name: 'Beta 1', developer: 'Bolt Labs', access: 'proprietary', categories: ['llm'], frontier: true, context_window: 2000000, pricing: { input_per_1m: 1.25, output_per_1m: 5 }, stats: [{ label: 'enterprise API share', value: '21%' }], strengths: ['multimodal reasoning'] }),
  model({ name: 'Gamma Diffusion 3', developer: 'Gamma AI', access: 'open', categories: ['image'], strengths: ['self-hostable', 'fine-tune on branded assets'], deployment: ['self-hosted', 'on-premise'] }),
  model({ name: 'Delta Flux', developer: 'Delta Labs', access: 'open', categories: ['image'], strengths: ['best prompt fidelity'] }),
  model({ name: 'Pixel Studio 7', developer: 'Pixel Inc', access: 'proprietary', categories: ['image'], strengths: ['highest aesthetic quality'] }),
];

export function knowledgeBase(overrides: Partial<KnowledgeBase> = {}): KnowledgeBase {
  return {
    dir: '/test',
    documents: [
      { id: 'types.md', path: 'types.md', title: 'types', sources: [], tags: [], format: 'markdown' },
      { id: 'concepts.md', path: 'concepts.md', title: 'concepts', sources: [], tags: [], format: 'markdown' },
    ],
    passages,
    models,
    synonyms: [],
    problems: [],
    loadedAt: new Date(0),
    hash: 'fixture',
    ...overrides,
  };
}
