/**
 * "Which one was released first?", "which is newer?" after two models were compared: the two
 * models' own dates give the order, first the earlier one; a model without a date leaves the order
 * open, and the answer says whose date is missing instead of ranking on something else.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';
import { model } from '../fixture-kb.js';

const PAIR = [
  model({ name: 'Heron Max', developer: 'Marsh Labs', access: 'proprietary', categories: ['llm'], released: 'November 2025', strengths: ['long agent runs'] }),
  model({ name: 'Heron Swift', developer: 'Marsh Labs', access: 'proprietary', categories: ['llm'], released: 'September 2025', strengths: ['fast code edits'] }),
];
const guide = createGuide(docsKnowledgeBase({ models: [...CATALOG, ...PAIR] }));
const ask = (text: string, history: string[]) => guide.ask({ text, history }).text;

describe('fact plan: release order of the models just compared', () => {
  const compared = ['compare Heron Max and Heron Swift'];
  it('leads with the earlier one when the first is asked', () => {
    for (const q of ['which one was released first?', 'which came out earlier?']) {
      expect(ask(q, compared)).toMatch(/^\*\*Heron Swift\*\* \(September 2025\) came first, then \*\*Heron Max\*\* \(November 2025\)/);
    }
  });
  it('leads with the later one when the newer is asked', () => {
    expect(ask('which is newer?', compared)).toMatch(/^\*\*Heron Max\*\* \(November 2025\) is the newer of the two, released after \*\*Heron Swift\*\* \(September 2025\)/);
  });
  it('says whose date is missing instead of picking one', () => {
    expect(ask('which one was released first?', ['compare Heron Max and Beta 1'])).toMatch(/^My documents don't give the release date of Beta 1, so I can't say which came out first\. Heron Max was released in November 2025\./);
  });
  it('reads "the newest" of the two as a release order, and says which end it cannot name', () => {
    expect(ask('which of them is the newest?', compared)).toMatch(/^\*\*Heron Max\*\* \(November 2025\) is the newer of the two/);
    expect(ask('which of them is the newest?', ['compare Heron Max and Beta 1'])).toMatch(/^My documents don't give the release date of Beta 1, so I can't say which came out last\./);
  });
});
