/**
 * A verdict put in front of a sentence ("No: …") reads as one sentence: a common word that opened
 * the sentence loses its capital, while a name keeps it, even a name that is also a word.
 */
import { describe, expect, it } from 'vitest';
import { withVerdict } from '../../../src/core/plans/verdict.js';

describe('the verdict in front of a sentence', () => {
  it('lowers the capital of a common word that opened it', () => {
    expect(withVerdict('No', 'Models work neither letter by letter nor word by word.')).toBe('No: models work neither letter by letter nor word by word.');
    expect(withVerdict('Yes', 'The model runs offline.')).toBe('Yes: the model runs offline.');
  });

  it('keeps the capital of a name', () => {
    expect(withVerdict('No', 'Claude models are proprietary.')).toBe('No: Claude models are proprietary.');
    expect(withVerdict('Yes', 'Stable Diffusion 3.5 can be self-hosted.')).toBe('Yes: Stable Diffusion 3.5 can be self-hosted.');
  });
});
