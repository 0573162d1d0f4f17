/** The sizes of a family the documents give no parameter counts for: the models it comes as, not a refusal. */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, model } from '../fixture-kb.js';

const models = [
  model({ name: 'Acme 4.5 (series)', aliases: ['Acme 4.5', 'Acme 4.5 family'], developer: 'Acme Labs', access: 'proprietary', categories: ['llm'], family: 'Acme 4.5' }),
  model({ name: 'Acme 4.5 Sonnet', developer: 'Acme Labs', access: 'proprietary', categories: ['llm'], family: 'Acme 4.5', strengths: ['enterprise coding'] }),
  model({ name: 'Acme Haiku 4.5', developer: 'Acme Labs', access: 'proprietary', categories: ['llm'], family: 'Acme 4.5', strengths: ['fastest of the series'] }),
  model({ name: 'Solo 5', developer: 'Solo Inc', access: 'proprietary', categories: ['llm'], family: 'Solo' }),
  model({ name: 'Solo 4', developer: 'Solo Inc', access: 'proprietary', categories: ['llm'], family: 'Solo' }),
  model({ name: 'Herd 3', developer: 'Herd', access: 'open', categories: ['llm'], family: 'Herd', stats: [{ label: 'sizes', value: '8B, 70B and 405B' }] }),
];
const guide = createGuide(knowledgeBase({ models }));

describe('fact plan: the sizes of a model family', () => {
  it('names the models a family comes as when the documents give it no parameter counts', () => {
    const a = guide.ask({ text: 'which sizes does the acme 4.5 family come in?', history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^My documents give no parameter counts for Acme 4\.5 \(series\), but it comes as 2 models:/);
    expect(a.text).toContain('- **Acme Haiku 4.5**: fastest of the series');
  });

  it('still says so for one model of a wider family, which comes as no models of its own', () => {
    const a = guide.ask({ text: 'what sizes does solo 5 come in', history: [] });
    expect(a.text).not.toContain('Solo 4');
  });

  it('gives the parameter sizes a model has', () => {
    expect(guide.ask({ text: 'what sizes does herd 3 come in', history: [] }).text).toMatch(/8B, 70B and 405B/);
  });
});
