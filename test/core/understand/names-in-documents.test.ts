import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { knowledgeBase, passage } from '../fixture-kb.js';

// "Alpha" is a catalog family (Alpha 2 Pro); "Alpha 3.1" is only written in a document's text.
const kb = knowledgeBase({
  passages: [...knowledgeBase().passages, passage('news.md', 'Releases', 'Acme released Alpha 3.1 in June 2025 with a faster reasoning mode.', [])],
});
const guide = createGuide(kb);

describe('model names the documents write but the catalog lacks', () => {
  it('answers about a version the documents mention, from their text', () => {
    const a = guide.ask({ text: 'when did alpha 3.1 come out?' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('June 2025');
  });

  it('still says a version nobody wrote about is not covered', () => {
    const a = guide.ask({ text: 'when did alpha 9 come out?' });
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/don't cover alpha 9/i);
  });
});
