/**
 * "Best practices for training models?": "best practices" names the documents' habits, so the answer
 * is their list, not the best model or a ranking because of the word "best".
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { buildCoreContexts } from '../../../src/core/contexts.js';
import { detectSuperlative } from '../../../src/core/understand/attributes.js';
import { understand } from '../../../src/core/understand/understand.js';
import { buildSearchIndex } from '../../../src/knowledge/search/search-index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const HABITS = `---
title: Tuning habits
concepts:
  - name: model tuning
    aliases: [tuning]
    kind: technique
---

# Tuning habits

## Tuning best practices
**Tuning best practices** for chat AI models come down to three habits:
- Clean the example conversations before any run.
- Begin from a released checkpoint rather than from zero.
- Score every checkpoint on the team's own test questions.
`;
const kb = docsKnowledgeBase({}, { 'habits.md': HABITS });
const guide = createGuide(kb);
const contexts = buildCoreContexts(kb, buildSearchIndex(kb));

describe('understanding: "best practices" is a noun', () => {
  it.each(['best practices for tuning ai models? bullet list', 'what are the best practices for tuning ai models'])('answers %j with the practices', (q) => {
    const a = guide.ask({ text: q, history: [] });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Clean the example conversations');
    expect(a.text).toContain('Score every checkpoint');
  });

  it.each(['best practices for model tuning?', 'any best practices for tuning models', 'what are some best practices when tuning models'])('reads %j as asking for no end of a scale, and no pick', (q) => {
    expect(detectSuperlative(q)).toBeUndefined();
    expect(['ranking', 'recommendation']).not.toContain(understand(q, contexts.understanding()).intent);
  });

  it('keeps a superlative said beside the noun', () => {
    expect(detectSuperlative('which model is best at following best practices')).toBe('max');
  });
});
