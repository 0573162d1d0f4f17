/** A connector follow-up carrying its own superlative over another figure ("and the cheapest model?") is its own question. */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase } from '../fixture-kb.js';

const guide = createGuide(knowledgeBase());

describe('follow-up with a ranking of its own', () => {
  it('asks across models, not of the one the last answer named', () => {
    const history = ['what is the context window of alpha 2 pro?'];
    const alone = guide.ask({ text: 'the cheapest model for output tokens?', history: [] }).text;
    expect(guide.ask({ text: 'and the cheapest model for output tokens?', history }).text).toBe(alone);
  });
});
