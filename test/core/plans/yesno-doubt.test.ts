/**
 * "Do X really Y?" doubts what X's definition seems to grant: when a close sentence takes up that
 * doubt ("do not really dream the way animals do"), it gives the verdict, not the definition with a
 * "Yes" in front; and the doubt may be about the very word the subject's name is made of.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const DREAMS = `---
title: Dreaming models
concepts:
  - name: dreaming model
    aliases: [dreaming models]
    kind: model-type
---
# Dreaming models

## Dreaming models
A **dreaming model** is a network tuned to dream up unseen scenes by replaying its training images in new orders before it answers. Dreaming models dream of strange new scenes, which makes them good at inventing pictures.

## Limitations of dreaming models
**Dreaming models do not really dream the way animals do**: they replay stored images in new orders, and the scenes only look like dreams to us.
`;

const guide = createGuide(docsKnowledgeBase({}, { 'dreams.md': DREAMS }));

describe('yes/no: a doubting question', () => {
  it.each(['do dreaming models really dream?', 'can dreaming models actually dream?', 'do dreaming models truly dream'])('%j answers from the sentence that takes up the doubt', (question) => {
    const a = guide.ask({ text: question });
    expect(a.text).toMatch(/^Not really\b/);
    expect(a.text).toContain('the way animals do');
  });
});

describe('yes/no: a doubting question with an "or" alternative', () => {
  // The alternative after "or" does not turn the doubt into a which-question, and its words
  // ("inventing pictures") are not what the verdict is on.
  it.each([
    'are dreaming models really dreaming?',
    'are dreaming models actually dreaming or faking it?',
    'do dreaming models truly dream or simply invent pictures?',
    'do dreaming models genuinely dream, or is it marketing?',
  ])('%j gives the verdict on the doubted claim', (question) => {
    const a = guide.ask({ text: question });
    expect(a.text).toMatch(/^Not really\b/);
    expect(a.text).toContain('the way animals do');
  });
});

describe('yes/no: an "or" tail that asks of something else', () => {
  it('keeps the other thing\'s words in the question ("…or is replaying enough?")', async () => {
    const { polarClause, doubtedAlternative } = await import('../../../src/core/understand/polar.js');
    expect(doubtedAlternative('do dreaming models really dream or is replaying enough?')).toBeUndefined();
    expect(polarClause('do dreaming models really dream or is it marketing?')).toBe('do dreaming models really dream');
    expect(doubtedAlternative('are dreaming models actually dreaming or faking it?')).toBe('faking it');
  });
});

const SPOKEN = `---
title: Spoken models
concepts:
  - name: speech model
    aliases: [speech models, speech]
    kind: model-type
---
# Spoken models

## Speech models
A **speech model** turns spoken audio into written words. Speech models transcribe calls and meetings.
`;

describe('yes/no: an alternative that names another kind', () => {
  // "…or is that a figure of speech?" characterises the claim: its "speech" is no second subject,
  // and the answer is not about speech models.
  const spoken = createGuide(docsKnowledgeBase({}, { 'dreams.md': DREAMS, 'spoken.md': SPOKEN }));
  it.each(['do dreaming models really dream, or is that a figure of speech?', 'do dreaming models actually dream or is it just a manner of speech?'])('%j gives the verdict on the doubted claim', (question) => {
    const a = spoken.ask({ text: question });
    expect(a.text).toMatch(/^Not really\b/);
    expect(a.text).toContain('the way animals do');
    expect(a.text).not.toMatch(/speech/i);
  });

  it('reads no kind of content from the alternative, only from the claim', async () => {
    const { coreFixture } = await import('../fixture-context.js');
    const f = coreFixture(docsKnowledgeBase({}));
    const doubted = f.read('does a reasoning model really think like a person, or is that a figure of speech?');
    expect(doubted.categories).toEqual([]);
    expect(doubted.kindMisfit).toBeUndefined();
    expect(f.read('does a reasoning model really handle speech?').categories.map((c) => c.category)).toEqual(['audio']);
  });
});
