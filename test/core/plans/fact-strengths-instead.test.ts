/** A figure the documents lack, asked in words an entry's strengths use ("cost-wise"), gets those strengths, not a bare refusal. */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, model, models } from '../fixture-kb.js';

const LITE = model({ name: 'Alpha Lite 2', developer: 'Acme', access: 'proprietary', categories: ['llm'], strengths: ['fastest model of the Alpha series', 'most cost-efficient Alpha model (low cost)'] });
const guide = createGuide(knowledgeBase({ models: [...models, LITE] }));

describe('fact plan: strengths in place of a missing figure', () => {
  it('says the figure is not given and gives the strengths that speak to it', () => {
    const a = guide.ask({ text: 'what was alpha lite 2 pitched as, cost-wise?', history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^My documents give no price for Alpha Lite 2, but they describe it: it is the most cost-efficient Alpha model/);
  });

  it('is still no answer to the figure asked in so many words', () => {
    for (const text of ['how much does alpha lite 2 cost?', 'alpha lite 2 api price per million tokens?']) {
      const a = guide.ask({ text, history: [] });
      expect(a.answered).toBe(false);
      expect(a.text).toMatch(/^My documents give no price for Alpha Lite 2, but they describe it/);
    }
  });

  it('still refuses when no strength speaks to what is asked', () => {
    const a = guide.ask({ text: 'what is the context window of alpha lite 2?', history: [] });
    expect(a.answered).toBe(false);
  });
});
