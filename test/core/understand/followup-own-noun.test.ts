/** A follow-up that names its own thing asked ("what modes does it have?") does not repeat the last figure. */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, model, models } from '../fixture-kb.js';

const OMEGA = model({ name: 'Omega 5.1', developer: 'Acme', access: 'proprietary', categories: ['llm'], released: 'November 2025', notes: ['Omega 5.1 comes with two modes, Quick for speed and Deep for hard problems.'] });
const guide = createGuide(knowledgeBase({ models: [...models, OMEGA] }));

describe('follow-up naming its own noun', () => {
  it('answers the noun asked, not the previous attribute', () => {
    const a = guide.ask({ text: 'what modes does it have', history: ['when was omega 5.1 released'] });
    expect(a.text).toMatch(/^Omega 5\.1 comes with two modes/);
  });

  it('still carries the attribute to a bare pronoun follow-up', () => {
    const a = guide.ask({ text: 'and what about alpha 2 pro?', history: ['when was omega 5.1 released'] });
    expect(a.text).toMatch(/Alpha 2 Pro was released in \*\*March 2025\*\*/);
  });
});
