/**
 * Two catalog models weighed on something the catalog has no field for ("which has more seats in
 * banks?"): the sentence naming both models and holding that topic is the answer, not a profile
 * line for each.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const kb = docsKnowledgeBase({}, {
  'banking.md': [
    '---',
    'title: Models in banking',
    '---',
    '# Models in banking',
    '',
    'Among retail banks, Alpha 2 Pro holds about twice the seats of Beta 1, mostly for fraud review.',
    '',
  ].join('\n'),
});
const guide = createGuide(kb);
const ask = (text: string) => guide.ask({ text });

describe('comparing two models on a topic the catalog has no field for', () => {
  it.each(['Alpha 2 Pro vs Beta 1 in retail banks?', 'retail banks: alpha 2 pro or beta 1?'])('answers with the sentence naming both on that topic: %j', (q) => {
    const a = ask(q);
    expect(a.kind).toBe('comparison');
    expect(a.text).toMatch(/^Among retail banks, Alpha 2 Pro holds about twice the seats of Beta 1/);
  });

  it('still gives each side its line when no sentence weighs both on the topic', () => {
    const a = ask('Alpha 2 Pro vs Omni Open 4 in retail banks?');
    expect(a.text).toContain('Omni Open 4');
    expect(a.text).not.toMatch(/^Among retail banks/);
  });
});
