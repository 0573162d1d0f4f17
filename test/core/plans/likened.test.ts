/**
 * "How do you build a code model? Is it just Omni Open 4 that read repos?": a model named after "is
 * it (just)" is what the subject is likened to, so no verdict on that model's own kind answers.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { likenedTo } from '../../../src/core/plans/likened.js';
import { CATALOG, docsKnowledgeBase } from '../fixture-docs.js';

const omni = CATALOG.find((m) => m.name === 'Omni Open 4')!;

describe('a model the subject is likened to', () => {
  it.each(['is it just Omni Open 4 that read repos', 'how are they built? is that basically omni open 4 with more data'])('%j likens to the model', (text) => {
    expect(likenedTo(text, omni)).toBe(true);
  });

  it.each(['is Omni Open 4 good for code?', 'can omni open 4 write code', 'is it like a chatbot? and Omni Open 4?'])('%j asks about the model itself', (text) => {
    expect(likenedTo(text, omni)).toBe(false);
  });

  it('gets no verdict on the likened model kind', () => {
    const guide = createGuide(docsKnowledgeBase());
    const a = guide.ask({ text: 'how do you even build a code model? is it just Omni Open 4 that read github' });
    expect(a.text).not.toMatch(/^Not that my documents record: they list Omni Open 4/);
  });
});
