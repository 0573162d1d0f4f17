/**
 * Requests for every item: "name the …s" asks for the list, whatever verb of advice it mentions, and
 * "the top code models" ranks code models as a list, not on a figure that merely mentions coding.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load/index.js';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';
import { coreFixture } from '../fixture-context.js';

const CODERS = [
  model({ name: 'Quill Code 2', developer: 'Quill', access: 'proprietary', categories: ['code'], strengths: ['IDE completion'], stats: [{ label: 'autonomous coding sessions', value: 'up to 5.5 hours' }] }),
  model({ name: 'Open Coder 7', developer: 'Commons AI', access: 'open', categories: ['code'], strengths: ['fine-tunes on private codebases'] }),
];

describe('list requests', () => {
  const f = coreFixture(docsKnowledgeBase());
  it.each(['name the four benchmarks the guide recommends for enterprise evaluation', 'name the benchmarks teams should use to pick a model', 'list the models you recommend for coding'])(
    'reads "name/list the …s" as a list, not a pick: %j',
    (question) => {
      expect(f.read(question).intent).toBe('list');
    },
  );

  it('keeps "name the best model for X" a pick', () => {
    expect(f.read('name the best model for product photos').intent).toBe('recommendation');
  });

  it('leaves the verb "name" out of the search terms, so the documents\' list of leading models is found', async () => {
    const kb = await loadKnowledge(join(import.meta.dirname, '..', '..', '..', 'knowledge'));
    const a = createGuide(kb).ask({ text: 'name the leading video generation models', history: [] });
    expect(a.text).toMatch(/^The three \*\*leading video/);
    expect(a.text).not.toContain('Open-Sora');
  });
});

describe('ranking a kind of model with no figure asked', () => {
  const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, ...CODERS] }));
  it('lists the top code models instead of ranking them on a stat whose label says "coding"', () => {
    const a = guide.ask({ text: 'what are the top code models', history: [] });
    expect(a.text).not.toMatch(/ranks first on autonomous coding sessions/);
    expect(a.text).toContain('Open Coder 7');
  });

  it('still ranks on that stat when the question names it', () => {
    const a = guide.ask({ text: 'which code model runs the longest autonomous coding sessions?', history: [] });
    expect(a.text).toMatch(/^\*\*Quill Code 2\*\*/);
  });
});
