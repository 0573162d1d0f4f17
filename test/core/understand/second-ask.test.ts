import { describe, expect, it } from 'vitest';
import { joinedClause } from '../../../src/core/understand/second-ask.js';

describe('joinedClause: the question joined to the first', () => {
  it.each([
    ['who makes llama 4, and can we host it ourselves?', 'can we host it ourselves?'],
    ['which company built it and how big is it', 'how big is it'],
    ['whats the price of X? and can we self-host it', 'can we self-host it'],
    ['what is RAG; is it expensive?', 'is it expensive?'],
  ])('%s → %s', (text, joined) => {
    expect(joinedClause(text)).toBe(joined);
  });

  it.each([
    'how do image and video models differ?',
    'what is a VAE',
    'pros and cons of RAG',
    'is it, what',
  ])('%s has none', (text) => {
    expect(joinedClause(text)).toBeUndefined();
  });
});
