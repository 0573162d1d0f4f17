/**
 * "Is Beta 1 worth it if we want to dump whole repos into the prompt?": one model weighed against a
 * long-context need gets a verdict from its context window set against the other models', with its
 * price, instead of the model's profile.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const ask = (text: string) => guide.ask({ text, history: [] });

describe('verdict: a named model for a long-context need', () => {
  it('says yes for the model with the largest window, with its figure and price', () => {
    const a = ask('is beta 1 worth it if we wanna dump whole repos into the prompt');
    expect(a.text).toMatch(/^Yes: Beta 1's context window of \*\*2M/);
    expect(a.text).toContain('$1.25');
  });

  it('says it depends for a smaller window, naming the larger ones', () => {
    const a = ask('is omni open 4 worth it for long documents?');
    expect(a.text).toMatch(/^It depends on how long the inputs are: Omni Open 4's context window is \*\*128K/);
    expect(a.text).toContain('Beta 1 holds 2M');
  });

  it('says no when the stated length does not fit', () => {
    const a = ask('is omni open 4 worth it for a single 1 million token prompt of whole codebases?');
    expect(a.text).toMatch(/^No: Omni Open 4's context window is \*\*128K/);
  });
});
