import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import { buildIndexOffThread } from '../../src/app/index-off-thread.js';
import * as codec from '../../src/knowledge/search/search-index.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

const knowledge = join(import.meta.dirname, '..', '..', 'knowledge');

describe('indexing a reload in a worker thread', () => {
  it('gives an index that answers exactly as one built on this thread', async () => {
    const kb = await loadKnowledge(knowledge);
    const here = createGuide(kb, { index: codec.buildSearchIndex(kb) });
    const there = createGuide(kb, { index: (await buildIndexOffThread(kb, codec)).index });
    for (const text of ['What is a reasoning model?', 'GAN vs diffusion?', 'which model for images on-prem?', 'What does GPT-5 cost?']) {
      expect(there.ask({ text })).toEqual(here.ask({ text }));
    }
  });

  it('fails, rather than answering from a wrong index, when the result does not fit the knowledge', async () => {
    const kb = await loadKnowledge(knowledge);
    const refuse = { loadSearchIndex: () => undefined };
    await expect(buildIndexOffThread(kb, refuse)).rejects.toThrow('the index built in the worker does not match the knowledge');
  });
});
