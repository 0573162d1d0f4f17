/**
 * A small knowledge base written as Markdown documents in our own words, parsed by the real loader
 * (headings become aspects, `concepts:` front matter becomes concepts with kinds), plus a catalog.
 * Rows of the core's tests are phrased against it, so they never lean on the default knowledge's wording.
 */
import { parseKnowledgeText } from '../../src/knowledge/load/index.js';
import type { CatalogEntry, KnowledgeBase, SynonymGroup } from '../../src/knowledge/types.js';
import { DOCUMENTS } from './fixture-documents.js';
import { model } from './fixture-kb.js';

export { DOCUMENTS };

export const CATALOG: CatalogEntry[] = [
  model({ name: 'Alpha 2 Pro', aliases: ['Alpha Pro 2'], developer: 'Acme', access: 'proprietary', categories: ['llm'], frontier: true, modalities: { input: ['text', 'image'], output: ['text'] }, context_window: 200000, released: 'March 2025', pricing: { input_per_1m: 3, output_per_1m: 15 }, benchmarks: [{ name: 'SWE-bench Verified', score: '70.6%' }], stats: [{ label: 'enterprise API share', value: '40%' }], strengths: ['enterprise coding'] }),
  model({ name: 'Beta 1', developer: 'Bolt Labs', access: 'proprietary', categories: ['llm'], frontier: true, modalities: { input: ['text', 'image', 'video'], output: ['text'] }, context_window: 2000000, pricing: { input_per_1m: 1.25, output_per_1m: 5 }, benchmarks: [{ name: 'SWE-bench Verified', score: '63.8%' }], stats: [{ label: 'enterprise API share', value: '21%' }], strengths: ['multimodal reasoning'] }),
  model({ name: 'Omni Open 4', developer: 'Commons AI', access: 'open', categories: ['llm'], context_window: 128000, strengths: ['runs on a single GPU server', 'fine-tunes well on company text'], deployment: ['self-hosted'] }),
  model({ name: 'Gamma Diffusion 3', developer: 'Gamma AI', access: 'open', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['self-hostable', 'fine-tune on branded assets'], deployment: ['self-hosted', 'on-premise'] }),
  model({ name: 'Delta Flux', developer: 'Delta Labs', access: 'open', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['best prompt fidelity'] }),
  model({ name: 'Pixel Studio 7', developer: 'Pixel Inc', access: 'proprietary', categories: ['image'], modalities: { input: ['text'], output: ['image'] }, strengths: ['highest aesthetic quality'] }),
  model({ name: 'Echo Scribe 2', developer: 'Echo Audio', access: 'proprietary', categories: ['audio'], modalities: { input: ['audio'], output: ['text'] }, strengths: ['accurate meeting transcription'] }),
  model({ name: 'Tone Voice 3', developer: 'Tone Works', access: 'proprietary', categories: ['audio'], modalities: { input: ['text'], output: ['audio'] }, strengths: ['natural-sounding narration'] }),
];

/** Parses the fixture documents with the real loader and adds the catalog. */
export function docsKnowledgeBase(overrides: Partial<KnowledgeBase> = {}, extra: Record<string, string> = {}, synonyms: SynonymGroup[] = []): KnowledgeBase {
  const files = Object.entries({ ...DOCUMENTS, ...extra }).map(([path, text]) => parseKnowledgeText(path, path.endsWith('.txt') ? 'text' : 'markdown', text));
  const problems = files.flatMap((f) => f.problems);
  if (problems.length > 0) throw new Error(`fixture documents have problems: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return {
    dir: '/fixture',
    documents: files.flatMap((f) => (f.document ? [f.document] : [])),
    passages: files.flatMap((f) => f.passages),
    models: CATALOG,
    synonyms,
    concepts: files.flatMap((f) => f.concepts ?? []),
    problems: [],
    loadedAt: new Date(0),
    hash: 'fixture-docs',
    ...overrides,
  };
}
