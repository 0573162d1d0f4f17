/** A ranking over the models the last answer named says "those models", not "the models you named". */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('whose models a ranking ranks', () => {
  it('says "those models" when the last answer named them', () => {
    const a = guide.ask({ text: 'and the cheapest?', history: ['which model is best for coding'] });
    expect(a.text).toMatch(/^Of those models, my documents give a price only for/);
  });
});
