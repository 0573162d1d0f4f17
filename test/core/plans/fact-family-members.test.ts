/** A figure asked of a model family, whose own entry holds none, comes from the family's members. */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, model } from '../fixture-kb.js';

const models = [
  model({ name: 'Acme (model family)', aliases: ['Acme', 'Acme models'], developer: 'Acme Labs', access: 'proprietary', categories: ['llm'], family: 'Acme' }),
  model({ name: 'Acme 4.5 Sonnet', developer: 'Acme Labs', access: 'proprietary', categories: ['llm'], family: 'Acme 4.5', released: 'September 2025', context_window: 200000, stats: [{ label: 'enterprise API share', value: '40%' }] }),
  model({ name: 'Acme Haiku 4.5', developer: 'Acme Labs', access: 'proprietary', categories: ['llm'], family: 'Acme 4.5', released: 'October 2025' }),
  model({ name: 'Other 2', developer: 'Other', access: 'open', categories: ['llm'], family: 'Other', context_window: 128000 }),
];
const guide = createGuide(knowledgeBase({ models }));

describe('fact plan: a figure of a model family', () => {
  it("gives the member's figure when the family entry has none", () => {
    const a = guide.ask({ text: "what's acme's share of enterprise api usage", history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Acme 4\.5 Sonnet holds a \*\*40%\*\* enterprise API share\./);
    expect(a.sources.map((s) => s.section)).toContain('Acme 4.5 Sonnet');
  });

  it("gives only the members' figures, not another family's", () => {
    const a = guide.ask({ text: 'acme context window?', history: [] });
    expect(a.text).toMatch(/^Acme 4\.5 Sonnet has a context window of \*\*200K/);
    expect(a.text).not.toContain('Other 2');
  });

  it("keeps the family entry's own fact when it has one", () => {
    expect(guide.ask({ text: 'who makes acme?', history: [] }).text).toMatch(/Acme Labs/);
  });
});
