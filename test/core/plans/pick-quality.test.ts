/** A need for good looks ("the prettiest pictures") picks the model whose entry claims aesthetic quality. */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase } from '../fixture-kb.js';

const guide = createGuide(knowledgeBase());

describe('recommendation: a looks need', () => {
  it.each(['which image model makes the prettiest pictures?', 'we need gorgeous good-looking images, which model?'])('%j picks the entry claiming aesthetic quality', (text) => {
    expect(guide.ask({ text, history: [] }).text).toMatch(/^\*\*Pixel Studio 7\*\*/);
  });
});
