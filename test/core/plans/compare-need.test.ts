/**
 * Two catalog models weighed for a need the catalog judges (self-hosting, long documents): the
 * answer opens on how each side stands on the need, then how the two differ; a passage listing
 * both as examples of models that meet the need never stands in for the comparison.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const sigma = model({ name: 'Sigma Open 2', developer: 'Sigma Commons', access: 'open', categories: ['llm'], context_window: 32000, strengths: ['many languages'] });
const HOSTING = `---
title: Running models yourself
---
# Running models yourself

## Self-hosting
Only open-weight models such as Omni Open 4 or Sigma Open 2 can be self-hosted on your own servers, with no per-token fee.
`;
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, sigma] }, { 'hosting.md': HOSTING }));
const ask = (text: string) => guide.ask({ text }).text;

describe('comparison of two catalog models for a stated need', () => {
  it.each(['omni open 4 vs sigma open 2 for self hosting', 'Sigma Open 2 or Omni Open 4 if we run it on our own servers?', 'omni open 4 compared with sigma open 2 for on-prem'])(
    '%j says both meet the need, then how they differ',
    (q) => {
      const text = ask(q);
      expect(text).toMatch(/^Both \*\*(?:Omni Open 4|Sigma Open 2)\*\* and \*\*(?:Omni Open 4|Sigma Open 2)\*\* can be self-hosted/);
      expect(text).toContain('runs on a single GPU server');
      expect(text).toContain('many languages');
    },
  );

  it('names the one side that meets it', () => {
    expect(ask('alpha 2 pro vs omni open 4 for self-hosting')).toMatch(/^For self-hosting, \*\*Omni Open 4\*\* is the one of the two that fits: it is open-weight, while Alpha 2 Pro is proprietary/);
  });

  it('says when neither side meets it', () => {
    expect(ask('alpha 2 pro or beta 1 if we must host it ourselves')).toMatch(/^Neither \*\*Alpha 2 Pro\*\* nor \*\*Beta 1\*\* can be self-hosted/);
  });

  it.each(['alpha 2 pro or beta 1 for long docs', 'beta 1 vs alpha 2 pro for very long contracts'])('%j picks the larger context window, with both figures', (q) => {
    expect(ask(q)).toMatch(/^For long documents, \*\*Beta 1\*\* is the better fit of the two: its context window holds 2M tokens, against 200K for Alpha 2 Pro\./);
  });
});

describe('comparison of two open models, asked as open-weight models', () => {
  const plain = createGuide(docsKnowledgeBase({ models: [...CATALOG, sigma] }));
  const answer = (text: string) => plain.ask({ text }).text;

  it.each(['for an open-weight LLM, how do omni open 4 and sigma open 2 differ?', 'we need open weights: sigma open 2 or omni open 4?'])('%j says how they differ, not twice that each is open', (q) => {
    const text = answer(q);
    expect(text).toMatch(/are both open-source/);
    expect(text).toContain('runs on a single GPU server');
    expect(text).toContain('many languages');
  });

  it('still says which side is open when only one is', () => {
    const text = answer('for an open-weight llm, how do alpha 2 pro and omni open 4 differ?');
    expect(text).toMatch(/Alpha 2 Pro is \*\*proprietary/);
    expect(text).toMatch(/Omni Open 4 is \*\*open source/);
  });
});
