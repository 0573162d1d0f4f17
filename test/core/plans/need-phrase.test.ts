/**
 * The need a pick was made for, said in a few words for the follow-ups on that pick: the kind of
 * content, then at most two constraints, and nothing at all (not "that need") when neither is known.
 */
import { describe, expect, it } from 'vitest';
import { needPhrase } from '../../../src/core/plans/need-phrase.js';
import type { Constraints, Understanding } from '../../../src/core/understand/types.js';

const NONE: Constraints = { selfHosted: false, openWeights: false, dataResidency: false, privacy: false, managedApi: false, budget: false, highVolume: false, lowLatency: false, onDevice: false, quality: false, longContext: false, frontier: false, regulated: false, smallTeam: false, fineTune: false };
const situation = (categories: Understanding['categories'], constraints: Partial<Constraints> = {}) => ({ categories, constraints: { ...NONE, ...constraints } }) as unknown as Understanding;

describe('the need a pick was made for', () => {
  it('names the kind, then the constraint after it', () => {
    expect(needPhrase(situation([{ category: 'image' }], { selfHosted: true, openWeights: true, dataResidency: true }))).toBe('image generation on your own machines');
  });

  it('says constraints alone as a noun phrase when no kind is named', () => {
    expect(needPhrase(situation([], { budget: true, highVolume: true }))).toBe('a tight budget and high volume');
  });

  it('leaves out what the model reads, and says nothing when nothing is known', () => {
    expect(needPhrase(situation([{ category: 'image', direction: 'input' }, { category: 'code' }]))).toBe('code');
    expect(needPhrase(situation([]))).toBeUndefined();
  });
});
