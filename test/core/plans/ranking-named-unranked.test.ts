/**
 * Ranking the models a question names: one the documents give no figure for is said to be left
 * out, not silently dropped from an order that then reads as complete.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text, history: [] });

describe('ranking plan: named models without the figure', () => {
  it('ranks the ones with a price and names the one without', () => {
    const a = ask('rank Omni Open 4, Alpha 2 Pro and Beta 1 by output price, cheapest first');
    expect(a.text.indexOf('Beta 1')).toBeLessThan(a.text.indexOf('Alpha 2 Pro'));
    expect(a.text).toMatch(/no output price for Omni Open 4/);
  });

  it('says only one named model has the figure instead of calling it the cheapest', () => {
    const a = ask('rank Delta Flux, Pixel Studio 7 and Beta 1 by price');
    expect(a.text).not.toMatch(/is the cheapest/);
    expect(a.text).toMatch(/only for \*\*Beta 1\*\*/);
    expect(a.text).toMatch(/Delta Flux or Pixel Studio 7/);
  });

  it('adds nothing when every named model has the figure', () => {
    expect(ask('rank Alpha 2 Pro and Beta 1 by context window, largest first').text).not.toMatch(/not ranked/);
  });
});
