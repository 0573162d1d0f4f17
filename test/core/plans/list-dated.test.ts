/**
 * "List the frontier models as of early 2024": a list request qualified by a date one document's list
 * carries gets that list's items, not every frontier model in the catalog. The verb asking for the
 * list is no qualifier the document's list must also carry.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const GALE = model({ name: 'Gale 3', developer: 'Gale Labs', access: 'proprietary', categories: ['llm'], frontier: true, strengths: ['long reports'] });
const FRONTIER = `---
title: Frontier models over time
concepts:
  - name: frontier model
    aliases: [frontier models]
    kind: model-type
---
## Frontier models
**A frontier model** is one of the most capable models of its moment, so any list of them dates quickly.

## Frontier models of early 2024
The frontier models of early 2024 were these two:
- Alpha 2 Pro from Acme.
- Gale 3 from Gale Labs.
`;
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, GALE] }, { 'frontier.md': FRONTIER }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('list plan: a list qualified by a date', () => {
  it.each(['list the frontier models as of early 2024', 'could you list the frontier models as of early 2024?', 'name the frontier models as of early 2024'])('gives the dated list for %j', (question) => {
    const a = ask(question);
    expect(a).toMatch(/^The (?:two )?frontier models of early 2024 were these two:/);
    expect(a).not.toContain('Beta 1');
  });
  it('still lists every frontier model when no qualifier is asked', () => {
    expect(ask('list the frontier models')).toMatch(/Beta 1/);
  });
});
