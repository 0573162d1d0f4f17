/**
 * "Who wrote X, and what's her job?": the author from the article's metadata, then who the author is
 * from the section that introduces them by name. Asked only who wrote it, the metadata alone answers.
 */
import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const PEOPLE = `# People behind the sources

## Mira Okafor
**Mira Okafor** is the chief editor of Lantern Review and writes its field notes on generative models.
`;
const guide = createGuide(docsKnowledgeBase({}, { 'people.md': PEOPLE }));
const ask = (text: string) => guide.ask({ text, history: [] }).text;

describe('fact plan: whom an article is written for', () => {
  const SOURCES = `---
title: Our sources
source:
  title: Field Notes on Generative Models
  publisher: Lantern Review
  author: Mira Okafor
---
# Our sources

## Field Notes on Generative Models
**Field Notes on Generative Models** is a 2025 essay on how generative models are built. The essay is written for product managers who pick models without training them.
`;
  it('gives the sentence of its own sections saying whom it is aimed at, not its author', () => {
    const g = createGuide(docsKnowledgeBase({}, { 'sources.md': SOURCES }));
    for (const q of ['who is the lantern review piece written for?', "who's the target audience of the field notes article"]) {
      const a = g.ask({ text: q, history: [] });
      expect(a.text, q).toMatch(/written for product managers/);
      expect(a.text).not.toMatch(/Mira Okafor/);
    }
  });

  it('says so when no sentence of the article says whom it is for', () => {
    const a = guide.ask({ text: 'who is the lantern review piece written for?', history: [] });
    expect(a.answered).toBe(false);
    expect(a.text).toBe('My documents don\'t say whom “Field Notes on Generative Models” is written for.');
  });
});

describe('fact plan: an article author and who they are', () => {
  it('adds the sentence introducing the author when their job or role is asked too', () => {
    for (const q of ["who wrote the lantern review piece, and what's her job?", 'who is the author of the field notes article and what does she do']) {
      const text = ask(q);
      expect(text, q).toMatch(/^“Field Notes on Generative Models” \(Lantern Review\) was written by \*\*Mira Okafor\*\*/);
      expect(text).toContain('chief editor of Lantern Review');
    }
  });

  it('gives the metadata alone when only the author is asked', () => {
    expect(ask('who wrote the lantern review piece?')).not.toContain('chief editor');
  });
});
