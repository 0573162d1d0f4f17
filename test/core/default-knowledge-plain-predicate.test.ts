/**
 * A yes/no question whose predicate is only the field's commonest words ("better", "model"), against
 * the default knowledge: the sentence that hedges it ("not always better") gives its verdict.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGuide } from '../../src/core/index.js';
import type { Guide } from '../../src/core/types.js';
import { loadKnowledge } from '../../src/knowledge/load/index.js';

let guide: Guide;

beforeAll(async () => {
  guide = createGuide(await loadKnowledge(join(import.meta.dirname, '..', '..', 'knowledge')));
});

describe('a predicate in common words', () => {
  it.each(['does having more parameters mean the model is better?', 'so more parameters = a better model, right?', 'does more parameters mean better model'])('%j: not always, from the trade-off section', (text) => {
    expect(guide.ask({ text }).text).toMatch(/^Not always\. \*\*A bigger model is not always better\*\*/);
  });
});
