/**
 * A superlative asked of what the last answer listed ("and the cheapest one?") ranks those models and
 * says so, so the asker does not read it as the cheapest of all.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const guide = createGuide(docsKnowledgeBase());
const history = ['list the frontier models'];

describe('a ranking over the models the last answer listed', () => {
  it('leads with "Of those," for the cheapest one', () => {
    expect(guide.ask({ text: 'and the cheapest one?', history }).text).toMatch(/^Of those, \*\*Beta 1\*\* \(Bolt Labs\) is the cheape(?:st|r of the two)/);
  });

  it('does the same for "which of them has the biggest context window?"', () => {
    expect(guide.ask({ text: 'which of them has the biggest context window?', history }).text).toMatch(/^Of those, \*\*Beta 1\*\*/);
  });

  it('says nothing of "those" when the question ranks on its own', () => {
    expect(guide.ask({ text: 'cheapest frontier model?' }).text).toMatch(/^\*\*Beta 1\*\*/);
  });
});
