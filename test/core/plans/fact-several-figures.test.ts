/**
 * "What's the price and context window of X?", "what's its score and what does the API cost?":
 * several figures of one model, each from its entry in the order asked, instead of one of them or
 * a comparison of what a benchmark and API pricing are.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());

describe('fact plan: several figures of one model', () => {
  it('gives each figure, in the order asked', () => {
    const a = guide.ask({ text: "what's the price and context window of alpha 2 pro", history: [] });
    expect(a.kind).toBe('fact');
    expect(a.text).toContain('$3.00');
    expect(a.text).toContain('200K');
    expect(a.text.indexOf('$3.00')).toBeLessThan(a.text.indexOf('200K'));
  });

  it('reads "score" as a benchmark score, not a stat the word "API" names', () => {
    const a = guide.ask({ text: "whats alpha 2 pro's score and what does the api cost", history: [] });
    expect(a.text).toContain('70.6%');
    expect(a.text).toContain('$3.00');
    expect(a.text).not.toContain('API share');
  });

  it('asks them of the model a thread picked', () => {
    const a = guide.ask({ text: 'whats its score and what does the api cost', history: ['which model leads on swe-bench?'] });
    expect(a.text).toMatch(/^Alpha 2 Pro scored \*\*70\.6%\*\*/);
    expect(a.text).toContain('$15.00');
  });
});
