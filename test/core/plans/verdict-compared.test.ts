/**
 * "Is X (that much) more … than Y?" is answered yes by a sentence that ranks the same two things the
 * same way round by a wide margin ("X takes far more … than Y"), no when it ranks them the other way
 * round, and not at all when the sentence's two sides are not the question's.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../../src/core/plans/verdict.js';
import { coreFixture } from '../fixture-context.js';
import { docsKnowledgeBase } from '../fixture-docs.js';

const f = coreFixture(docsKnowledgeBase());
const SENTENCE = 'Rendering one narrated clip takes far more GPU time than a model needs to draft a page of notes.';
const verdict = (question: string) => verdictOf(f.plan, f.read(question), SENTENCE);

describe('verdicts: a question that ranks two things', () => {
  it.each(['is rendering a narrated clip really that much more expensive than drafting a page of notes?', 'does a narrated clip need more GPU time than a page of notes?'])('says yes to %j', (question) => {
    expect(verdict(question)).toBe('Yes');
  });

  it.each(['is drafting a page of notes much more expensive than rendering a narrated clip?', 'does a narrated clip need less GPU time than a page of notes?'])('says no to %j', (question) => {
    expect(verdict(question)).toBe('No');
  });

  it('gives no verdict when the sentence ranks other things', () => {
    expect(verdict('is a tagging model much more expensive than a filter?')).toBeUndefined();
  });
});
