/**
 * A message that gives its background first and asks last ("Our investors keep asking. What is a
 * foundation model?"): the ask sets the subject and the intent; the background says why the asker
 * wants to know, and sets neither. A pick keeps its background, which may add needs.
 */
import { describe, expect, it } from 'vitest';
import { splitBackground } from '../../../src/core/understand/background.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());

describe('splitBackground: statements first, the ask last', () => {
  it.each([
    ['Our finance lead keeps asking about the API bill. What is temperature?', 'What is temperature?', false],
    ['for the investor update i am writing tonight: what is a foundation model', 'what is a foundation model', false],
    ["For a board paper I'm drafting on vendor risk, what is an open source model?", 'what is an open source model?', true],
  ])('splits %j into its background and %j', (text, ask, sameSentence) => {
    expect(splitBackground(text)).toMatchObject({ ask, sameSentence });
  });

  it.each([
    ['a single question', 'What is temperature?'],
    ['a question first, then another', 'What is RAG? How does it work?'],
    ['an ask that is not last', 'What is RAG, I keep hearing about it in meetings.'],
    ['a colon after a short label', 'Question: what is RAG?'],
  ])('finds no background in %s', (_, text) => {
    expect(splitBackground(text)).toBeUndefined();
  });
});

describe('understand: the ask after background is read on its own', () => {
  it.each([
    ['Our finance team is nervous about the API bill and the cloud costs. Explain what temperature does.', 'temperature'],
    ['Pricing pages quote costs per million tokens for the hosted API: what is a context window?', 'context window'],
    ['I teach an evening class for shop owners and next week is about hallucinations. What is retrieval-augmented generation?', 'retrieval-augmented generation'],
    ["For a board paper I'm drafting on vendor risk, what is an open source model?", 'open source model'],
  ])('reads %j as explaining %j alone', (question, concept) => {
    const u = f.read(question);
    expect(['definition', 'how', 'uses']).toContain(u.intent);
    expect(u.concepts.map((c) => c.name)).toEqual([concept]);
    expect(u.asked).toBe(question);
  });

  it('reads "what does it mean?" as asking about the one subject the background names', () => {
    const u = f.read('Our legal department raises hallucinations as a risk in every review. What does it mean?');
    expect(u.intent).toBe('definition');
    expect(u.aspect).toBe('definition');
    expect(u.concepts.map((c) => c.name)).toEqual(['hallucination']);
    expect(u.terms.map((t) => t.term)).not.toContain('review');
  });

  it('keeps the background of a pick, whose needs it states', () => {
    const u = f.read("We're a clinic and patient records can't leave our own servers. Which model should we use?");
    expect(u.intent).toBe('recommendation');
    expect(u.text).toMatch(/patient records/);
  });

  it('keeps an opener in the same sentence that narrows the subject', () => {
    const u = f.read('For diffusion models in particular, what is fine-tuning used for?');
    expect(u.concepts.map((c) => c.name)).toContain('diffusion model');
  });

  it('keeps the background of a pick worded as a bare noun ("What model type?")', () => {
    expect(f.read('We need to read scanned contracts that mix tables and images. What model type?').intent).toBe('recommendation');
  });
});
