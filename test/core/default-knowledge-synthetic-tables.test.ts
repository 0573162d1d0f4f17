/**
 * Fake transaction tables for testing, over the default knowledge: the records to make are tabular
 * data, so the pick is the documents' tabular tools (GANs), not an open LLM for private data; and
 * a model whose access the catalog never records is not said to lack open weights.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';
import { readCategories } from '../../src/core/understand/needs.js';

let guide: Guide;
const ask = (text: string) => guide.ask({ text });

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('synthetic tables to test with', () => {
  it.each(['realistic transaction datasets for QA', 'fake transaction tables for our fraud tests', 'synthetic tables of insurance claims'])('reads %j as tabular data', (q) => {
    expect(readCategories(q).map((c) => c.category)).toContain('tabular');
  });

  it('names a GAN for fake transaction tables, whatever the bank says of its real data', () => {
    expect(ask('Our bank wants fake transaction tables to test fraud pipelines without touching real customer data. Which kind of model should we use?').text).toMatch(/^Use \*\*a generative adversarial network \(GAN\)\*\*, such as CTGAN/);
  });

  it('names the tabular tools without claiming they lack open weights, which no document says', () => {
    const text = ask("QA needs realistic transaction datasets for testing, but we can't expose any real customer data. Which tools should we use?").text;
    expect(text).toMatch(/\*\*CTGAN\*\*/);
    expect(text).not.toMatch(/has open weights|hosted API is acceptable/);
  });
});
