/**
 * "What's Kappa 3's actual made-up-answer rate, like a %?": a percentage asked of a named model is
 * a fact about that model, not the concept's definition; with no percentage recorded, the answer
 * says so and gives what its entry does say on the matter.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const KAPPA = model({ name: 'Kappa 3', developer: 'Kappa Labs', access: 'proprietary', categories: ['llm'], notes: ['lower hallucination rate than earlier Kappa models, but still not free of hallucinations'] });
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, KAPPA] }));

describe('fact plan: a percentage the entry does not record', () => {
  it('says no percentage is given and quotes the entry', () => {
    const a = guide.ask({ text: "what's kappa 3's actual hallucination rate, like a %", history: [] });
    expect(a.text).toMatch(/^My documents give no percentage for Kappa 3; its entry says: lower hallucination rate/);
  });
});
