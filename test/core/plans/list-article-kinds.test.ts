/**
 * "What categories does the <article> cover?": the article's own account of the kinds it covers,
 * in full, not the example items one of its sections shows for some of them.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const SURVEY = `---
title: Engine survey notes
sources:
  - title: A field survey of engine kinds
    publisher: Motor Review blog
concepts:
  - name: steam engine
    aliases: [steam engines]
    kind: concept
---
# Engine survey notes

## The field survey of engine kinds

**"A field survey of engine kinds"** is a post on the Motor Review blog. The survey covers steam, diesel and petrol engines, jet and rocket engines, and electric motors.

## Example engines in the survey

The survey shows one example engine for each kind of engine it names:
- Steam: the Puffer 9.
- Diesel: the Grinder 4.
- Rocket: the Skylift 2.
`;

const guide = createGuide(docsKnowledgeBase({ models: [] }, { 'survey.md': SURVEY }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('list plan: the kinds an article covers', () => {
  it('answers with the sentence saying which kinds the article covers, alone, not its example items', () => {
    for (const q of ['what categories of engine does the Motor Review blog post cover?', 'which kinds of engines does the "field survey of engine kinds" post describe?', 'what engine types does the Motor Review post go through?']) {
      const a = ask(q);
      expect(a).toMatch(/^The survey covers steam, diesel and petrol engines, jet and rocket engines, and electric motors\.$/);
      expect(a).not.toContain('Puffer 9');
    }
  });
});
