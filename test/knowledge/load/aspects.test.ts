/**
 * aspectOfHeading: the aspect a heading announces and the subject it names, for any team's
 * headings, so an answer can go to the section that says what was asked.
 */
import { describe, expect, it } from 'vitest';
import { aspectOfHeading, comparisonSides } from '../../../src/knowledge/load/aspects.js';
import type { Aspect } from '../../../src/knowledge/types.js';
import { loadFiles, passagesOf } from './temp-knowledge.js';

const ROWS: Array<[string, Aspect, string]> = [
  ['How VAEs work', 'how', 'VAEs'],
  ['How diffusion models work (noise and denoising)', 'how', 'diffusion models'],
  ['How do transformers generate text?', 'how', 'transformers'],
  ['How foundation models are trained', 'how', 'foundation models'],
  ['What happens inside a GAN', 'how', 'GAN'],
  ['Under the hood of retrieval', 'how', 'retrieval'],
  ['What GANs are used for', 'uses', 'GANs'],
  ['Vector database use cases', 'uses', 'Vector database'],
  ['Applications of speech models', 'uses', 'speech models'],
  ['Where embeddings are used', 'uses', 'embeddings'],
  ['Limitations of diffusion models', 'limitations', 'diffusion models'],
  ['Risks and challenges of agents', 'limitations', 'agents'],
  ['RAG pitfalls', 'limitations', 'RAG'],
  ['Where small models fall short', 'limitations', 'small models'],
  ['Examples of world models', 'examples', 'world models'],
  ['Leading video models', 'examples', 'video models'],
  ['The history of GANs', 'history', 'GANs'],
  ['Speech recognition timeline', 'history', 'Speech recognition'],
  ['Fine-tuning trade-offs', 'tradeoffs', 'Fine-tuning'],
  ['Pros and cons of open models', 'tradeoffs', 'open models'],
  ['Types of generative models', 'types', 'generative models'],
  ['What are the main types of audio models?', 'types', 'audio models'],
  ['GANs vs diffusion models', 'comparison', 'GANs vs diffusion models'],
  ['The difference between RAG and fine-tuning', 'comparison', 'RAG vs fine-tuning'],
  ['How to choose an image model', 'choosing', 'image model'],
  ['When RAG is the right choice', 'choosing', 'RAG'],
  ['When an open source model makes sense', 'choosing', 'open source model'],
  ['Why models hallucinate', 'why', 'models hallucinate'],
  ['Cost of self-hosting', 'cost', 'self-hosting'],
  ['What is a context window?', 'definition', 'context window'],
  ['Step 2: How the encoder works', 'how', 'encoder'],
  ['References', 'references', ''],
  ['Limitations', 'limitations', ''],
  ['History', 'history', ''],
];

describe('aspectOfHeading', () => {
  it.each(ROWS)('reads %j as %s about %j', (heading, aspect, topic) => {
    expect(aspectOfHeading(heading)).toEqual({ aspect, topic });
  });

  it.each(['Diffusion models', 'Generative adversarial networks (GANs)', 'Temperature', 'Model: details', ''])('finds no aspect in a plain name: %j', (heading) => {
    expect(aspectOfHeading(heading)).toBeUndefined();
  });

  it('ignores Markdown emphasis in a heading', () => {
    expect(aspectOfHeading('**Limitations of** `LoRA`')).toEqual({ aspect: 'limitations', topic: 'LoRA' });
  });

  it('splits a comparison topic into its sides', () => {
    expect(comparisonSides('GANs vs diffusion models')).toEqual(['GANs', 'diffusion models']);
    expect(comparisonSides('RAG')).toEqual(['RAG']);
  });
});

describe('aspects on loaded passages', () => {
  it('labels each passage with its heading’s aspect and topic', async () => {
    const kb = await loadFiles({
      'vectors.md': '# Vectors\n\n## Vector databases\nA **vector database** stores embeddings.\n\n## Limitations of vector databases\nExact filters are awkward.\n',
    });
    const [definition, limits] = passagesOf(kb, 'vectors.md');
    expect(definition).not.toHaveProperty('aspect');
    expect(limits).toMatchObject({ aspect: 'limitations', topic: 'vector databases' });
  });
});
